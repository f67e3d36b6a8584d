// Wraps undici's connector so each new connection records its own DNS, TCP and TLS times from the
// socket's events, and so a certificate failure can say which certificate (expiry date, names) it was.
import { isIP, type LookupFunction, type Socket } from 'node:net';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { buildConnector } from 'undici';
import type { CertificateFacts } from './failure.ts';
import { guardReservedNames } from './reserved-names.ts';

/** One connection's life, in performance.now() milliseconds. */
export interface Connection {
  origin: string;
  startedAt: number;
  lookupAt?: number;
  connectAt?: number;
  secureAt?: number;
  /** Requests sent over it so far: above 1 means keep-alive reuse. */
  requests: number;
  /** False for an IP literal (http://203.0.113.7/): no DNS lookup happens, so a slow start is the connect. */
  resolvesName: boolean;
  httpVersion?: string;
  remoteAddress?: string;
  cert?: CertificateFacts;
  error?: unknown;
}

export interface TimedConnectorOptions {
  connectTimeoutMs: number;
  allowH2: boolean;
  /** Extra trusted CAs (PEM), e.g. a staging CA. */
  ca?: string | string[];
  /** Skip certificate verification (staging with a self-signed certificate). */
  insecure: boolean;
  lookup?: LookupFunction;
}

const connections = new WeakMap<object, Connection>();

export function connectionOf(socket: object): Connection | undefined {
  return connections.get(socket);
}

/** Phase durations of a connection; all zero for a reused one. */
export function connectionPhases(connection: Connection): { dns: number; connect: number; tls: number } {
  const lookupEnd = connection.lookupAt ?? connection.startedAt;
  return {
    dns: lookupEnd - connection.startedAt,
    connect: connection.connectAt === undefined ? 0 : connection.connectAt - lookupEnd,
    tls:
      connection.secureAt === undefined || connection.connectAt === undefined
        ? 0
        : connection.secureAt - connection.connectAt,
  };
}

/** Where a connection still being opened is: dns, connect or tls. */
export function connectionPhase(connection: Connection | undefined, https: boolean): 'dns' | 'connect' | 'tls' {
  if (connection === undefined) return 'connect';
  if (connection.connectAt !== undefined) return https ? 'tls' : 'connect';
  const looking =
    connection.resolvesName && connection.lookupAt === undefined && connection.remoteAddress === undefined;
  return looking ? 'dns' : 'connect';
}

function certificateFacts(cert: PeerCertificate | undefined): CertificateFacts | undefined {
  if (cert === undefined || Object.keys(cert).length === 0) return undefined;
  return {
    subject: [cert.subject?.CN].flat()[0],
    issuer: [cert.issuer?.CN].flat()[0],
    validFrom: cert.valid_from,
    validTo: cert.valid_to,
    altNames: cert.subjectaltname,
  };
}

export class CertificateError extends Error {
  override name = 'CertificateError';
  readonly code: string;
  readonly cert: CertificateFacts | undefined;
  constructor(code: string, cert: CertificateFacts | undefined) {
    super(`certificate rejected: ${code}`);
    this.code = code;
    this.cert = cert;
  }
}

type Connector = buildConnector.connector;

/**
 * `onConnectionStart` tells the probe which connection an origin is opening, so a deadline hit before
 * any request is sent can still say whether DNS, TCP or TLS was slow.
 */
export function timedConnector(
  options: TimedConnectorOptions,
  onConnectionStart: (connection: Connection) => void,
): Connector {
  // Verification is done here rather than by tls.connect so a rejected certificate can be described
  // (tls.connect destroys the socket before its certificate can be read).
  const inner = buildConnector({
    timeout: options.connectTimeoutMs,
    allowH2: options.allowH2,
    rejectUnauthorized: false,
    ...(options.ca === undefined ? {} : { ca: options.ca }),
    lookup: guardReservedNames(options.lookup),
  });
  return (connectOptions, callback) => {
    const https = connectOptions.protocol === 'https:';
    const connection: Connection = {
      origin: `${connectOptions.protocol}//${connectOptions.host ?? connectOptions.hostname}`,
      startedAt: performance.now(),
      requests: 0,
      resolvesName: isIP(connectOptions.hostname.replace(/^\[|\]$/g, '')) === 0,
    };
    onConnectionStart(connection);
    // buildConnector's connector returns the socket it creates (undocumented in its types but stable).
    const socket = (inner as unknown as (o: typeof connectOptions, cb: buildConnector.Callback) => Socket | undefined)(
      connectOptions,
      (error, established) => {
        if (error !== null || established === null) {
          connection.error = error;
          callback(error ?? new Error('connection failed'), null);
          return;
        }
        connection.connectAt ??= performance.now();
        if (https) {
          const tlsSocket = established as TLSSocket;
          connection.secureAt ??= performance.now();
          connection.cert = certificateFacts(tlsSocket.getPeerCertificate());
          if (!options.insecure && !tlsSocket.authorized) {
            const code = String(tlsSocket.authorizationError ?? 'CERT_REJECTED');
            const rejection = new CertificateError(code, connection.cert);
            connection.error = rejection;
            tlsSocket.destroy();
            callback(rejection, null);
            return;
          }
        }
        const alpn = (established as Partial<TLSSocket>).alpnProtocol;
        connection.httpVersion = alpn === 'h2' ? '2' : '1.1';
        connection.remoteAddress = established.remoteAddress;
        connections.set(established, connection);
        callback(null, established);
      },
    );
    if (socket === undefined) return;
    socket.once('lookup', (_error: Error | null, address: string) => {
      connection.lookupAt ??= performance.now();
      connection.remoteAddress ??= address;
    });
    socket.once('connect', () => {
      connection.connectAt ??= performance.now();
    });
    if (https) {
      socket.once('secureConnect', () => {
        connection.secureAt ??= performance.now();
      });
    }
  };
}
