// undici does not tell a dispatch handler which socket carried its request. It does publish the socket on
// the `undici:client:sendHeaders` channel, synchronously right after calling the handler's onRequestStart,
// so a handler that registers itself in onRequestStart receives the socket before anything else can run.
import diagnosticsChannel from 'node:diagnostics_channel';

type Claim = (socket: object) => void;

let pending: Claim | undefined;
let subscribed = false;

function onSendHeaders(message: unknown): void {
  const claim = pending;
  pending = undefined;
  const socket = (message as { socket?: object }).socket;
  if (claim !== undefined && socket !== undefined) claim(socket);
}

/** Call from onRequestStart: `claim` receives the socket the request is about to be written to. */
export function claimNextSocket(claim: Claim): void {
  if (!subscribed) {
    diagnosticsChannel.subscribe('undici:client:sendHeaders', onSendHeaders);
    subscribed = true;
  }
  pending = claim;
  // If undici aborts before writing, no message comes: never hand a later request's socket to this one.
  queueMicrotask(() => {
    if (pending === claim) pending = undefined;
  });
}
