// Shape of tls-check's report details (JSON `details`), read by present() and outputs().

export interface ChainCertificate {
  subject: string;
  issuer: string;
  notAfter: string;
}

export interface CertificateFacts {
  host: string;
  port: number;
  subject: string;
  issuer: string;
  /** DNS names and IP addresses the certificate covers. */
  names: string[];
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  lifetimeDays: number;
  /** "RSA 2048", "EC prime256v1", "Ed25519". */
  key: string;
  signatureAlgorithm: string;
  /** Protocol negotiated with default settings, e.g. TLSv1.3. */
  protocol: string;
  trusted: boolean;
  /** OpenSSL's verification code when not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE…). */
  trustError?: string;
  hostnameMatches: boolean;
  /** Every certificate the server sent, leaf first. */
  chain: ChainCertificate[];
  /** Versions the server accepts, by separate handshakes. */
  protocols: { tls10or11: boolean; tls13: boolean };
}

export interface RedirectStep {
  url: string;
  status?: number;
  location?: string;
  /** Why the walk stopped here, when it did not end normally. */
  problem?: string;
}

export interface HstsFacts {
  header?: string;
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
}

export interface TlsDetails {
  url: string;
  canonical: string;
  server: string;
  certificate?: CertificateFacts;
  /** Why no certificate could be read (connection refused, DNS, handshake failure). */
  connectError?: string;
  httpUrl?: string;
  redirects: RedirectStep[];
  hsts?: HstsFacts;
}
