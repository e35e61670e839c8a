/** An encrypted file of the repository, and how to name it in an error. */
export interface EncryptedFile {
  readonly content: string;
  /** For example `secrets/partners/session-secret.age (secret SESSION_SECRET of partners)`. */
  readonly what: string;
}

/** Opens secrets kept encrypted in the environments repository (`source: file`). */
export interface SecretDecrypter {
  /**
   * The plain values of the files, in their order, with the host's keys read once. Throws a
   * WharfError naming the file when this host holds no identity it was encrypted to, or the
   * content is not age.
   */
  decrypt(files: readonly EncryptedFile[]): Promise<string[]>;
}
