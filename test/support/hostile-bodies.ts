/**
 * Bodies an attacker sends to every JSON route (issue 15, rows 1, 5, 10 and 15): each must
 * be refused with a 4xx problem, never a 500, whatever the route. `status` is the answer
 * the parser gives before any route sees the body; `undefined` means any 4xx (the body
 * parses, and it is the route's validation or authorization that refuses it).
 */
export interface HostileBody {
  name: string;
  contentType: string;
  payload: string;
  status?: number;
  code?: string;
  field?: string;
}

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

export const HOSTILE_BODIES: HostileBody[] = [
  // Row 1: nesting that recursion (JSON.parse, class-transformer) cannot afford.
  {
    name: 'arrays nested 500,000 deep (1 MB)',
    contentType: 'application/json',
    payload: deepArray(500_000),
    status: 400,
    code: 'BODY_TOO_DEEP',
  },
  {
    name: 'objects nested 40 deep',
    contentType: 'application/json',
    payload: deepObject(40),
    status: 400,
    code: 'BODY_TOO_DEEP',
  },
  {
    name: 'nesting hidden behind a string with brackets and escaped quotes',
    contentType: 'application/json',
    payload: `{"note":"[[[\\"{{{","x":${deepArray(33)}}`,
    status: 400,
    code: 'BODY_TOO_DEEP',
  },
  // Row 10: characters no text of ours may hold, wherever they are.
  {
    name: 'a NUL character in a string',
    contentType: 'application/json',
    payload: '{"refreshToken":"abc\\u0000def","title":"x"}',
    status: 422,
    code: 'INVALID_CHARACTERS',
    field: 'refreshToken',
  },
  {
    name: 'a lone high surrogate deep in an array',
    contentType: 'application/json',
    payload: '{"details":{"tags":["ok","\\ud800"]}}',
    status: 422,
    code: 'INVALID_CHARACTERS',
    field: 'details.tags[1]',
  },
  {
    name: 'a lone low surrogate in a key',
    contentType: 'application/json',
    payload: '{"\\udc00":1}',
    status: 422,
    code: 'INVALID_CHARACTERS',
    field: '\udc00',
  },
  // Row 5: invisible and bidi characters in free text parse; the route decides (never a 500).
  {
    name: 'zero-width and bidi characters',
    contentType: 'application/json',
    payload: JSON.stringify({
      title: '动力\u200b电池\u202e',
      territory: '\ufeff上海\u2066',
      fieldOfUse: '動力電池.',
      name: '\u200d',
    }),
  },
  // Row 15: a JSON API takes JSON (multipart only where uploads are).
  {
    name: 'a form-encoded body',
    contentType: 'application/x-www-form-urlencoded',
    payload: 'email=a%40b.cn&password=x',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  { name: 'a text/plain body', contentType: 'text/plain', payload: '{}', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  {
    name: 'an XML body',
    contentType: 'application/xml',
    payload: '<a/>',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
];
