/**
 * Who may call what: the ingest token posts events and heartbeats and nothing else; the admin token (as a Bearer
 * header, for scripts) or a dashboard session (cookie from logging in with the admin token) reads everything.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from './db/db.ts';
import { hashToken, sameHash, sessionValid } from './store/credentials.ts';

export const SESSION_COOKIE = 'promptwall_session';

export interface Credentials {
  ingestHash: string;
  adminHash: string;
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return m?.[1];
}

export function cookieValue(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function unauthorized(reply: FastifyReply, message: string) {
  return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message });
}

/** onRequest hook of the ingestion routes: runs before the body is read, so a wrong token costs nothing. */
export function requireIngest(credentials: Credentials) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request);
    if (!token) return unauthorized(reply, 'missing "Authorization: Bearer <ingest token>" header');
    if (!sameHash(hashToken(token), credentials.ingestHash)) return unauthorized(reply, 'wrong ingest token');
  };
}

export function requireAdmin(credentials: Credentials, db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request);
    if (token) {
      const hash = hashToken(token);
      if (sameHash(hash, credentials.adminHash)) return;
      if (sameHash(hash, credentials.ingestHash)) {
        return unauthorized(reply, 'the ingest token only posts events; use the admin token or log in');
      }
      return unauthorized(reply, 'wrong admin token');
    }
    const session = cookieValue(request, SESSION_COOKIE);
    if (session && (await sessionValid(db, session))) return;
    return unauthorized(reply, 'log in, or send "Authorization: Bearer <admin token>"');
  };
}
