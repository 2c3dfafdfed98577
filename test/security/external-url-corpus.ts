/**
 * Links a page, a pasted note or an imported article could put in front of the "open in browser" path,
 * each with what the system must be asked to open: the exact URL, or nothing (null). Only http, https and
 * mailto links leave the app, in their normalized form.
 */
export interface ExternalUrlCase {
  readonly url: string;
  /** The exact URL handed to the system browser or mail client, or null when the link is refused. */
  readonly opens: string | null;
  readonly why: string;
}

const LONG_PATH = 'a'.repeat(9000);

export const LINKS_THAT_OPEN: readonly ExternalUrlCase[] = [
  {
    url: 'https://www.reuters.com/world/china/xiaomi-2026-01-15/',
    opens: 'https://www.reuters.com/world/china/xiaomi-2026-01-15/',
    why: 'an article',
  },
  { url: 'http://example.com', opens: 'http://example.com/', why: 'plain http, path normalized' },
  {
    url: 'https://example.com:8443/path?q=%E5%B0%8F%E7%B1%B3#section',
    opens: 'https://example.com:8443/path?q=%E5%B0%8F%E7%B1%B3#section',
    why: 'port, query and fragment',
  },
  { url: 'HTTPS://EXAMPLE.COM/', opens: 'https://example.com/', why: 'upper-case scheme and host' },
  {
    url: 'https://web.archive.org/web/20260115000000*/https://weibo.com/xiaomi',
    opens: 'https://web.archive.org/web/20260115000000*/https://weibo.com/xiaomi',
    why: 'an archive link with a URL inside its path',
  },
  { url: 'https://xn--fiqs8s.example/', opens: 'https://xn--fiqs8s.example/', why: 'a punycode host' },
  {
    url: 'https://小米.example/新闻',
    opens: 'https://xn--yets76e.example/%E6%96%B0%E9%97%BB',
    why: 'a Chinese host and path, opened as punycode and percent-escapes',
  },
  {
    url: 'https://пример.рф/',
    opens: 'https://xn--e1afmkfd.xn--p1ai/',
    why: 'an all-Cyrillic name under a Cyrillic top-level domain is an ordinary name',
  },
  {
    url: 'https://example.com/path?q=<script>',
    opens: 'https://example.com/path?q=%3Cscript%3E',
    why: 'markup in a query is escaped, never run',
  },
  { url: 'mailto:press@example.com', opens: 'mailto:press@example.com', why: 'a press contact' },
  {
    url: 'mailto:press@example.com?subject=Case%20study',
    opens: 'mailto:press@example.com?subject=Case%20study',
    why: 'a mail with a subject',
  },
  { url: 'https://[2001:db8::1]/report', opens: 'https://[2001:db8::1]/report', why: 'an IPv6 host' },
];

function refused(url: string, why: string): ExternalUrlCase {
  return { url, opens: null, why };
}

export const LINKS_THAT_ARE_REFUSED: readonly ExternalUrlCase[] = [
  // Script schemes, in every spelling a browser would still run.
  refused('javascript:alert(1)', 'script scheme'),
  refused('JaVaScRiPt:alert(1)', 'script scheme, mixed case'),
  refused('javascript://example.com/%0Aalert(1)', 'script scheme dressed as a web link'),
  refused('javascript:alert(1)//https://example.com', 'script scheme with a web link in a comment'),
  refused(' javascript:alert(1)', 'leading space before a script scheme'),
  refused('java\tscript:alert(1)', 'tab inside the scheme (the URL parser removes it)'),
  refused('java\nscript:alert(1)', 'newline inside the scheme'),
  refused('\u0000javascript:alert(1)', 'NUL before the scheme'),
  refused('%6A%61%76%61script:alert(1)', 'percent-encoded scheme'),
  refused('&#106;avascript:alert(1)', 'HTML-entity-encoded scheme'),
  refused('vbscript:msgbox(1)', 'VBScript'),
  refused('VBScript:MsgBox(1)', 'VBScript, mixed case'),
  refused('data:text/html,<script>alert(1)</script>', 'a page made of a data: URL'),
  refused('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a base64 data: page'),
  refused('DATA:text/html,hi', 'data:, upper case'),
  refused('data:,hello', 'the shortest data: URL'),
  // Files and network shares.
  refused('file:///etc/passwd', 'a local file'),
  refused('file://C:/Windows/System32/calc.exe', 'a Windows program'),
  refused('FILE:///C:/Windows/System32/cmd.exe', 'file:, upper case'),
  refused('file://attacker.example/share/payload.exe', 'a file on a remote host'),
  refused('\\\\attacker.example\\share\\payload.exe', 'a UNC path'),
  refused('\\\\?\\UNC\\attacker.example\\share', 'a long-form UNC path'),
  refused('//attacker.example/share', 'a scheme-relative share'),
  refused('http:\\\\attacker.example\\share', 'backslashes the URL parser would turn into slashes'),
  refused('smb://attacker.example/share', 'SMB share'),
  // Custom schemes that start programs.
  refused('ms-msdt:/id PCWDiagnostic /skip force', 'Follina'),
  refused('search-ms:query=calc&crumb=location:\\\\attacker.example\\share', 'Windows search on a share'),
  refused('ms-settings:windowsupdate', 'Windows settings'),
  refused('ms-officecmd:{"id":1}', 'Office launcher'),
  refused('ms-word:ofe|u|https://attacker.example/a.docx', 'Word opening a remote document'),
  refused('steam://run/1', 'a game launcher'),
  refused('zoommtg://zoom.us/join?confno=1', 'a meeting client'),
  refused('vscode://file/etc/passwd', 'an editor'),
  refused('x-apple.systempreferences:com.apple.preference', 'macOS settings'),
  refused('itms-services://?action=download-manifest&url=https://attacker.example/a.plist', 'iOS app install'),
  refused('intent://scan/#Intent;scheme=zxing;end', 'Android intent'),
  refused('tel:+15555550100', 'a phone call (not on the allowlist)'),
  refused('ftp://example.com/file', 'FTP'),
  refused('ssh://example.com', 'SSH'),
  refused('chrome://settings', 'browser internals'),
  refused('about:blank', 'about:'),
  refused('blob:https://example.com/uuid', 'a blob of another page'),
  refused('app://casebook/index.html', "the app's own pages"),
  // Credentials and look-alike hosts.
  refused('http://user:pass@example.com/', 'user name and password'),
  refused('https://bank.example.com@attacker.example/', 'a bank name as the user part'),
  refused('https://@attacker.example/', 'an empty user part'),
  refused('https://attacker.example%2F@example.com/', 'an encoded slash in the user part'),
  refused('https://example.com\\@attacker.example/', 'a backslash before @'),
  refused('https://аpple.com/', 'homograph: Cyrillic а among Latin letters'),
  refused('https://xn--pple-43d.com/', 'the same homograph, written in punycode'),
  refused('https://аррӏе.com/', 'homograph: all-Cyrillic letters that look Latin'),
  refused('https://paypaӏ.com/', 'homograph: Cyrillic palochka for l'),
  refused('https://gοogle.com/', 'homograph: Greek omicron'),
  // Broken or incomplete links.
  refused('mailto:', 'a mail link with no address'),
  refused('http://', 'no host'),
  refused('https:example.com', 'no slashes'),
  refused('https:/example.com', 'one slash'),
  refused('https://example.com:99999/', 'a port out of range'),
  refused('', 'empty'),
  refused('not a url', 'not a URL'),
  // Whitespace, control and invisible characters.
  refused('https://exa mple.com/', 'a space in the host'),
  refused('https://example.com\t/', 'a tab the parser would drop'),
  refused('https://example.com/\u00a0', 'a no-break space'),
  refused('\u3000https://example.com/', 'an ideographic space before the scheme'),
  refused('https://example.com/\u2028', 'a line separator'),
  refused('https://example.com/\u202Egpj.exe', 'right-to-left override hiding .exe'),
  refused('https://example.com/\u2067x', 'a bidirectional isolate'),
  refused('https://example.com/\u200Bhidden', 'a zero-width space'),
  refused('https://ex\u00adample.com/', 'a soft hyphen the parser would drop from the host'),
  refused('https://example.com/%0a\r\nSet-Cookie:x', 'CR LF injection'),
  refused('https://example.com/\u0007bell', 'a control character'),
  refused('http://example.com/\u007f', 'DEL'),
  // Size.
  refused(`https://example.com/${LONG_PATH}`, 'longer than any link a case needs (8 KB)'),
];

export const EXTERNAL_URL_CORPUS: readonly ExternalUrlCase[] = [...LINKS_THAT_OPEN, ...LINKS_THAT_ARE_REFUSED];
