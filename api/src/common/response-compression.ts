import compression from 'compression';

/**
 * gzip (or brotli) for answers over 1 kB of a compressible type. compression's own filter leaves the
 * notification event stream (text/event-stream) alone, which matters: a compressor holds back small writes
 * until its buffer fills, so the bell would hear of nothing; the stream's test checks it stays so.
 */
export const compressResponses = compression({ threshold: 1024 });
