// A real SMTP server for the tests (npm smtp-server), every message read back with mailparser,
// and a small HTTP API to read them and to break the server on purpose:
//   GET  /messages          every message received: envelope, Message-ID, subject, text, html
//   POST /down, POST /up    stop listening (connections refused), listen again on the same port
//   POST /refuse?address=a  answer 550 to that recipient from now on (POST /allow: again not)
// Prints `smtp PORT control PORT` once both listen. SMTP_PORT picks the SMTP port (0: any).
import http from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const messages = [];
const refused = new Set();
let smtpPort = Number(process.env.SMTP_PORT || 0);
let server = null;

function makeServer() {
  return new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: the server offers no STARTTLS, as a local relay may not.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) {
        const error = new Error(`5.1.1 <${address.address}>: mailbox unavailable`);
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        messages.push({
          envelope_to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          message_id: parsed.messageId ?? null,
          from: parsed.from?.text ?? null,
          to: (parsed.to?.value ?? []).map((v) => v.address.toLowerCase()),
          subject: parsed.subject ?? '',
          language: parsed.headers.get('content-language') ?? null,
          text: parsed.text ?? '',
          html: parsed.html || '',
          raw: raw.toString('utf8'),
        });
        callback();
      });
    },
  });
}

function up() {
  return new Promise((resolve, reject) => {
    if (server) return resolve();
    server = makeServer();
    server.once('error', reject);
    server.listen(smtpPort, '127.0.0.1', () => {
      smtpPort = server.server.address().port;
      resolve();
    });
  });
}

function down() {
  return new Promise((resolve) => {
    if (!server) return resolve();
    const closing = server;
    server = null;
    closing.close(() => resolve());
  });
}

const control = http.createServer(async (request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  try {
    if (request.method === 'GET' && url.pathname === '/messages') {
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify(messages));
    }
    if (request.method === 'POST' && url.pathname === '/down') await down();
    else if (request.method === 'POST' && url.pathname === '/up') await up();
    else if (request.method === 'POST' && url.pathname === '/refuse') {
      refused.add(url.searchParams.get('address').toLowerCase());
    } else if (request.method === 'POST' && url.pathname === '/allow') {
      refused.delete(url.searchParams.get('address').toLowerCase());
    } else {
      response.statusCode = 404;
    }
    response.end();
  } catch (error) {
    response.statusCode = 500;
    response.end(String(error));
  }
});

await up();
control.listen(0, '127.0.0.1', () => {
  console.log(`smtp ${smtpPort} control ${control.address().port}`);
});
// Ends with the test that started it.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
