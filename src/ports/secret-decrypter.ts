/** Opens secrets kept encrypted in the environments repository (`source: file`). */
export interface SecretDecrypter {
  /**
   * The plain value of an encrypted file's content. Throws a WharfError naming `what` (the
   * file) when this host holds no identity it was encrypted to, or the content is not age.
   */
  decrypt(content: string, what: string): Promise<string>;
}
