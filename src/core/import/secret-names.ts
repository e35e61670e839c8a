/** Which variable names say they hold a secret: `DB_PASSWORD`, `API_KEY`, `JWT_SECRET`. */
const secretParts = new Set([
  'PASSWORD',
  'PASSWD',
  'PASS',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'KEY',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'PRIVATE',
  'SALT',
  'DSN',
]);
/** Last parts that make a name about a secret rather than one: `JWT_SECRET_FILE`, `TOKEN_TTL`. */
const aboutSecretParts = new Set([
  'FILE',
  'PATH',
  'DIR',
  'NAME',
  'ID',
  'LENGTH',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'ALGORITHM',
  'HEADER',
  'PREFIX',
  'TYPE',
  'URL',
  'HOST',
  'PORT',
  'USER',
  'USERNAME',
  'ENABLED',
  'MODE',
]);

/** Whether a variable's name says it holds a secret (`DB_PASSWORD`, `API_KEY`, `JWT_SECRET`). */
export function looksSecret(name: string): boolean {
  const upper = name.toUpperCase();
  const parts = upper.split(/[^A-Z0-9]+/).filter((p) => p !== '');
  if (parts.includes('PUBLIC')) return false;
  if (aboutSecretParts.has(parts[parts.length - 1] ?? '')) return false;
  return parts.some((p) => secretParts.has(p)) || /PASSWORD|SECRET|TOKEN/.test(upper);
}
