/** Private key material: PEM/OpenSSH/PGP private key blocks, PuTTY key files, JWTs. */
import type { Detector } from '../../engine/types.ts';
import { base64Decode, base64DecodeText, isJwt } from '../../checksums/encodings.ts';

const PEM_LABEL = /-----BEGIN ([A-Z0-9 ]{0,40}?)-----/;
const PEM_END_LABEL = /-----END ([A-Z0-9 ]{0,40}?)-----/;

/**
 * A PEM private key block: END label (when present: a paste may be cut off) equals the BEGIN label, the body is
 * base64 of at least 48 chars that decodes to DER (0x30), an OpenSSH key, a PGP packet or, for PuTTY-style
 * and encrypted legacy keys, random-looking bytes.
 */
export function isPemPrivateKey(block: string): boolean {
  const begin = PEM_LABEL.exec(block);
  if (!begin) return false;
  const label = begin[1]!;
  const endMatch = PEM_END_LABEL.exec(block);
  if (endMatch && endMatch[1] !== label) return false;
  let body = block.slice(begin.index + begin[0].length, endMatch ? endMatch.index : undefined);
  // Armor headers (Proc-Type, DEK-Info, Version, Comment) and the PGP CRC line (=XXXX) are not body.
  body = body
    .split(/\r?\n|\\r\\n|\\n/)
    .filter((line) => !/^\s*[A-Za-z-]{2,20}:/.test(line) && !/^\s*=[A-Za-z0-9+/]{4}\s*$/.test(line))
    .join('')
    .replace(/\\[nr]|\s/g, '');
  if (body.length < 48) return false;
  // Decode whole quads only: pasted keys are often cut off or hand-trimmed.
  body = body.replace(/=+$/, '');
  const bytes = base64Decode(body.slice(0, body.length - (body.length % 4)));
  if (!bytes || bytes.length < 32) return false;
  if (label.includes('OPENSSH')) return bytes[0] === 0x6f; // "openssh-key-v1"
  if (label.includes('PGP')) return (bytes[0]! & 0x80) !== 0;
  if (/ENCRYPTED|^(?:RSA|EC|DSA) PRIVATE/.test(label) && block.includes('DEK-Info')) return true;
  return bytes[0] === 0x30;
}

const putty = (body: string): boolean => {
  const clean = body.replace(/\s/g, '');
  return clean.length >= 40 && base64Decode(clean) !== null;
};

export const detectors: Detector[] = [
  {
    id: 'secrets/keys/pem-private-key',
    category: 'secret',
    kind: 'private_key',
    pattern:
      /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED |ANY |ED25519 )?PRIVATE KEY(?: BLOCK)?-----(?:\s{1,3}Proc-Type: 4,ENCRYPTED\s{1,3}DEK-Info: [A-Za-z0-9,-]{10,80})?(?:\s{1,3}(?:Version|Comment): [A-Za-z0-9 .,/()+_@]{1,80})?[A-Za-z0-9+/=\s\\]{40,}(?:-----END (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED |ANY |ED25519 )?PRIVATE KEY(?: BLOCK)?-----)?/g,
    keywords: ['-----begin'],
    validate: isPemPrivateKey,
    confidence: { base: 0.99 },
    examples: {
      match: [
        'Why does ssh reject this key?\n-----BEGIN RSA PRIVATE KEY-----\nMIIyq+1oefiseq+HgLO3SUIMKdp+UwEa+82W+sq41fulqyLLW6p+6HYIqx4n/mdx\nDexwofvJxmE4uQ4G12ncpkMmFZeRqRRGQhcuG0jYGnvqDbStaQMiMrLRpzd7O8YE\nRU9hbG0TC+YUhe/OMBA568ha9kwXW6V9c3mliQiQ4cHeXHoki1B4zntn0vZ8Y27S\n-----END RSA PRIVATE KEY-----',
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAGZlCcQj1gszRdb2UCvAoAWBiG154ksqIAdcEmQZbVhIiU/qV4m\nvgEsdycE7L6FCZL6F+jQZRUNg6LpHN1aLWJc8aqsoikWrjnDfcSOeq2r4F4//DSyooMlnl\n-----END OPENSSH PRIVATE KEY-----',
        // a paste cut off before the END line
        'here is the key from the server, it got truncated:\n-----BEGIN PRIVATE KEY-----\nMIIyq+1oefiseq+HgLO3SUIMKdp+UwEa+82W+sq41fulqyLLW6p+6HYIqx4n/mdx\nDexwofvJxmE4uQ4G12ncpkMmFZeRqRRGQhcuG0jYGnvqDbStaQMiMrLRpzd7O8YE',
        '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIyq+1oefiseq+HgLO3SUIMKdp+UwEa+82W+sq41fulqyLLW6p+6HYIqx4n/mdx\\nDexwofvJxmE4uQ4G12ncpkMmFZeRqRRGQhcuG0jYGnvqDbStaQMiMrLRpzd7O8YE\\n-----END PRIVATE KEY-----\\n"}',
      ],
      noMatch: [
        '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
        '-----BEGIN PRIVATE KEY-----\nQW4gaW5ub2NlbnQgc2hvcnQgYm9keQ==\n-----END PRIVATE KEY-----',
        '-----BEGIN PUBLIC KEY-----\nMIIyq+1oefiseq+HgLO3SUIMKdp+UwEa+82W+sq41fulqyLLW6p+6HYIqx4n/mdx\n-----END PUBLIC KEY-----',
        '-----BEGIN RSA PRIVATE KEY-----\nMIIyq+1oefiseq+HgLO3SUIMKdp+UwEa+82W+sq41fulqyLLW6p+6HYIqx4n/mdx\n-----END EC PRIVATE KEY-----',
      ],
    },
  },
  {
    id: 'secrets/keys/putty-private-key',
    category: 'secret',
    kind: 'private_key',
    pattern: /Private-Lines: ?\d{1,3}\r?\n([A-Za-z0-9+/=]{40,64})(?![A-Za-z0-9+/=])/g,
    keywords: ['private-lines:'],
    validate: putty,
    confidence: { base: 0.97 },
    examples: {
      match: [
        'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIG2vQ7sPp0c1Hq\nPrivate-Lines: 1\nAAAAIHx3kLm9Qp2Vw8RtZ4cYbN6aJfGs1dUe0oKiT7hXqMzW\nPrivate-MAC: 5a1d09c3b7e4',
        'PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 2\nfiKs6epBx78QRZSaaxaGcF01h+wOsdkbo/Ex1JXY1ts1x3sPOO9i8WJ9\nIspLuF6oRryY8TejezkG+LfLaenX4LqH467C5AIA\nPrivate-MAC: 0c1f',
      ],
      noMatch: [
        'PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nAAAA\nPrivate-MAC: 00',
        'The ppk file has a Private-Lines: header followed by base64.',
      ],
    },
  },
  {
    id: 'secrets/keys/jwt',
    category: 'secret',
    kind: 'jwt',
    pattern: /(eyJ(?<![A-Za-z0-9_-]eyJ)[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*={0,2})(?![A-Za-z0-9_-])/g,
    keywords: ['eyj'],
    validate: isJwt,
    ignore: [/\.(?:signature|sig|SIGNATURE)$/], // documentation JWTs with a literal signature
    confidence: { base: 0.92 },
    examples: {
      match: [
        'The API returns 401 with this token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1LTQ4MjEzIiwibmFtZSI6IkRhbmEgV2hpdGZpZWxkIiwiaWF0IjoxNzMxMDAyMjAwLCJleHAiOjE3MzEwODg2MDB9.p06h_q2sLOK1071WyzGUOzXJ39gceLtdR17r3mtt0Sw',
        'Authorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ims3In0.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmlvIiwicm9sZSI6ImFkbWluIn0.KFFggfl3wDlv39FOidizHJYXsGazQWFma_FuBUAiqgFJR2o3zXqJ2Q',
        'unsigned: eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTQ4MjEzIn0.',
      ],
      noMatch: [
        'eyJub3RhIjoiand0In0.eyJzdWIiOiJ1LTQ4MjEzIn0.p06h_q2sLOK1071WyzGUOzXJ39gceLtdR17r3mtt0Sw',
        'A JWT looks like eyJhbGciOi... followed by two more segments.',
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ!!!.sig',
      ],
    },
  },
  {
    id: 'secrets/keys/jwt-base64',
    category: 'secret',
    kind: 'jwt',
    pattern: /(ZXlK(?<![A-Za-z0-9+/]ZXlK)[A-Za-z0-9+/]{40,}={0,2})(?![A-Za-z0-9+/=])/g,
    keywords: ['zxlk'],
    validate: (value) => {
      const text = base64DecodeText(value);
      return text !== null && isJwt(text.trim());
    },
    confidence: { base: 0.9 },
    examples: {
      match: [
        'session cookie: ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKMUxUUTRNakV6SWl3aWJtRnRaU0k2SWtSaGJtRWdWMmhwZEdacFpXeGtJaXdpYVdGMElqb3hOek14TURBeU1qQXdMQ0psZUhBaU9qRTNNekV3T0RnMk1EQjkucDA2aF9xMnNMT0sxMDcxV3l6R1VPelhKMzlnY2VMdGRSMTdyM210dDBTdw==',
        'token=ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lKMUxUUTRNakV6SWl3aWJtRnRaU0k2SWtSaGJtRWdWMmhwZEdacFpXeGtJaXdpYVdGMElqb3hOek14TURBeU1qQXdMQ0psZUhBaU9qRTNNekV3T0RnMk1EQjkucDA2aF9xMnNMT0sxMDcxV3l6R1VPelhKMzlnY2VMdGRSMTdyM210dDBTdw',
      ],
      noMatch: [
        'ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5',
        'blob ZXlKbm90IGEgand0IGF0IGFsbCBqdXN0IHRleHQgdGhhdCBzdGFydHMgd2l0aCBleUo=',
      ],
    },
  },
];
