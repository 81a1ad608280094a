/** Constants of trainers' signing keys, apart from the code that uses them, for pages that only need these. */

/** ECDSA on the P-256 curve: in WebCrypto in every browser and in Node. */
export const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
/** A public key as text: 65 bytes (an uncompressed P-256 point), base64url. */
export const KEY_PATTERN = /^B[A-Za-z0-9_-]{86}$/;
/** A backup password shorter than this is refused: the backup file may travel by email. */
export const MIN_PASSWORD = 10;
