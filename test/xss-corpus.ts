// Hostile input for every reader-facing field: each must come out as text, never markup.
/** Payloads that must come out as text, whatever field they are typed into. */
export const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<img src=x:alert(1) onerror=eval(src)>',
  '</textarea><script>alert(1)</script>',
  '<style>*{display:none}</style>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<!--<script>alert(1)//-->',
  '{{constructor.constructor("alert(1)")()}}',
  'https://example.com/"onmouseover="alert(1)',
  'https://example.com/<script>alert(1)</script>',
];
