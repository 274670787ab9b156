// A loopback server answering OpenAI's transcription endpoint, for the upload rows that the Qt mock
// (plain HTTP/1.1 only) cannot serve: HTTPS with ALPN (h2 or http/1.1, as the client offers) and
// cleartext HTTP/2 with prior knowledge (h2c). It reads the whole form, then answers
// {"text": ...} like the API's response_format=json; nothing else is checked (the Qt mock checks
// the form). Node's own servers, so their TCP behaviour is the peer's, not Qt's.
//   node transcription-mock.mjs --tls --cert FILE --key FILE    https://127.0.0.1:PORT
//   node transcription-mock.mjs --h2c                           http://127.0.0.1:PORT (h2 only)
// Prints "listening on URL" once ready; runs until killed.
import { createSecureServer, createServer } from 'node:http2';
import { readFileSync } from 'node:fs';
import { argument } from './stats.mjs';

const tls = process.argv.includes('--tls');
const answer = Buffer.from(JSON.stringify({ text: 'Turn on the kitchen lights.' }));

function handle(request, response) {
  let size = 0;
  request.on('data', (chunk) => { size += chunk.length; });
  request.on('end', () => {
    if (request.method !== 'POST' || !request.url.endsWith('/audio/transcriptions') || size === 0) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":{"message":"not found","type":"invalid_request_error"}}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
    response.end(answer);
  });
}

const server = tls
  ? createSecureServer({
      cert: readFileSync(argument('cert')),
      key: readFileSync(argument('key')),
      allowHTTP1: true, // ALPN picks http/1.1 for clients that do not offer h2
    }, handle)
  : createServer(handle); // cleartext: HTTP/2 with prior knowledge only
server.listen(Number(argument('port', '0')), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`listening on ${tls ? 'https' : 'http'}://127.0.0.1:${port}`);
});
