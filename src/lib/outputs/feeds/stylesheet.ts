/**
 * /nguon-tin.xsl: every feed names it (`<?xml-stylesheet type="text/xsl"?>`), so a person who
 * taps a feed's address on a phone sees a page in Vietnamese instead of raw XML: what a feed is,
 * how to follow it (a feed reader, or an email service that sends a feed's new entries), its
 * address ready to copy, and its entries. Feed readers ignore the instruction; the feed stays
 * plain Atom. XSLT 1.0, which browsers run on their own, without JavaScript.
 *
 * Entry titles and contents are Atom `type="html"` (escaped HTML): they are written out with
 * `disable-output-escaping`, which Chromium and WebKit honour; a browser that does not shows the
 * markup as text, still readable.
 */
import { t } from '../../../i18n/index.ts';

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Small, self-contained: the page is one request besides the feed. */
const CSS = `
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fff}
main{max-width:44rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;line-height:1.25;margin:.25rem 0 .5rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d0d0d0}
h3{font-size:1rem;margin:0 0 .25rem}
a{color:#0b4f8a}
.kind,.date{color:#555;font-size:.9rem;margin:0}
.how{background:#eef4fa;border-left:4px solid #0b4f8a;padding:.5rem .75rem}
.how h2{margin-top:.25rem}
.how ol{padding-left:1.25rem;margin:.25rem 0}
.address{display:block;padding:.5rem;background:#fff;border:1px solid #8a8a8a;overflow-wrap:anywhere;user-select:all;-webkit-user-select:all;font-size:.95rem}
.entries{list-style:none;padding:0}
.entries>li{padding:.75rem 0;border-bottom:1px solid #d0d0d0}
.entries ul{padding-left:1.25rem;margin:.25rem 0}
@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}a{color:#8cc4ff}.kind,.date{color:#bbb}.how{background:#1f2a35;border-color:#8cc4ff}.address{background:#000;border-color:#888}}
`.trim();

/** The stylesheet's text. */
export function feedStylesheet(): string {
  const s = (key: string) => x(t(key));
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
<xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="no"/>
<xsl:template match="/atom:feed">
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="atom:title"/></title>
<style>${CSS}</style>
</head>
<body>
<main>
<p class="kind">${s('feedPage.kind')}</p>
<h1><xsl:value-of select="atom:title"/></h1>
<p><xsl:value-of select="atom:subtitle"/></p>
<section class="how" aria-labelledby="cach-theo-doi">
<h2 id="cach-theo-doi">${s('feedPage.how')}</h2>
<p>${s('feedPage.what')}</p>
<ol>
<li>${s('feedPage.copy')}<code class="address"><xsl:value-of select="atom:link[@rel='self']/@href"/></code></li>
<li>${s('feedPage.reader')}</li>
<li>${s('feedPage.email')}</li>
</ol>
</section>
<p><a href="{atom:link[@rel='alternate']/@href}">${s('feedPage.page')}</a></p>
<h2>${s('feedPage.entries')}</h2>
<xsl:choose>
<xsl:when test="atom:entry">
<ol class="entries">
<xsl:for-each select="atom:entry">
<li>
<h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title" disable-output-escaping="yes"/></a></h3>
<p class="date">${s('feedPage.date')} <xsl:value-of select="concat(substring(atom:updated, 9, 2), '/', substring(atom:updated, 6, 2), '/', substring(atom:updated, 1, 4))"/></p>
<xsl:choose>
<xsl:when test="atom:content"><div><xsl:value-of select="atom:content" disable-output-escaping="yes"/></div></xsl:when>
<xsl:otherwise><p><xsl:value-of select="atom:summary" disable-output-escaping="yes"/></p></xsl:otherwise>
</xsl:choose>
</li>
</xsl:for-each>
</ol>
</xsl:when>
<xsl:otherwise><p>${s('feedPage.none')}</p></xsl:otherwise>
</xsl:choose>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
