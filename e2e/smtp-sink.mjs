// A real SMTP server for the end-to-end tests (the portal's outbox worker sends to it over
// SMTP_URL), with a small HTTP side the tests read: GET /messages?to=… → the e-mails received
// for that address, decoded (subject, text, headers). Started by playwright.config.ts.
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

const smtpPort = Number(process.env.SINK_SMTP_PORT);
const httpPort = Number(process.env.SINK_HTTP_PORT);
const received = [];

/** Just enough MIME for nodemailer's plain-text output. */
function decodeBody(body, encoding) {
  if (/base64/i.test(encoding)) return Buffer.from(body, 'base64').toString('utf8');
  if (!/quoted-printable/i.test(encoding)) return body;
  const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}
const decodeHeader = (value) =>
  value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc, data) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeBody(data.replace(/_/g, ' '), 'quoted-printable'),
  );

function parse(raw, to) {
  const split = raw.indexOf('\r\n\r\n');
  const headers = {};
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = decodeHeader(line.slice(i + 1).trim());
  }
  const text = decodeBody(raw.slice(split + 4), headers['content-transfer-encoding'] ?? '');
  return { to, subject: headers.subject ?? '', text: text.replace(/\r\n/g, '\n'), headers };
}

new SMTPServer({
  logger: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const to = session.envelope.rcptTo.map((a) => a.address.toLowerCase());
      received.push(parse(Buffer.concat(chunks).toString('utf8'), to));
      callback();
    });
  },
}).listen(smtpPort, '127.0.0.1');

http
  .createServer((req, res) => {
    const url = new URL(req.url, 'http://sink');
    if (url.pathname === '/health') return res.end('ok');
    const to = (url.searchParams.get('to') ?? '').toLowerCase();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(received.filter((m) => m.to.includes(to))));
  })
  .listen(httpPort, '127.0.0.1');
