/**
 * The iframe resize protocol, both ends, as small ES5 scripts (they run on readers' browsers and
 * on host sites we know nothing about, so no modules, no build step).
 *
 * - Embed page (CHILD_SCRIPT, inline): posts `{ type: MESSAGE, id, url, height }` to its parent on
 *   load and whenever its height changes, and again when the parent asks with `{ type: PING }`.
 *   The height is not secret, so it is posted to any origin.
 * - Host page (HOST_SCRIPT, /nhung/nhung.js, optional): accepts a message only when its origin is
 *   the origin the script itself was loaded from (the site) and resizes only the iframe whose
 *   `contentWindow` is the message's source. It pings the site's iframes once it runs, in case
 *   they loaded before it did.
 */
export const MESSAGE = 'xhht-embed:height';
export const PING = 'xhht-embed:ping';
/** Heights outside this range are ignored (a broken page must not make a 10-million-pixel iframe). */
export const MAX_HEIGHT = 20000;

export function childScript(chartId: string): string {
  return (
    `(function(){var last=0,id=${JSON.stringify(chartId)};` +
    'function send(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);' +
    `if(parent!==window&&h!==last){last=h;parent.postMessage({type:"${MESSAGE}",id:id,url:location.href,height:h},"*")}}` +
    `addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type==="${PING}"){last=0;send()}});` +
    'addEventListener("load",send);' +
    'if(window.ResizeObserver)new ResizeObserver(send).observe(document.documentElement);else addEventListener("resize",send);' +
    'send()})();'
  );
}

export const HOST_SCRIPT =
  '/* Xã hội học tập — số liệu theo địa phương: chỉnh chiều cao khung nhúng (tùy chọn). */\n' +
  '(function(){if(window.__xhhtEmbed)return;window.__xhhtEmbed=1;' +
  'var s=document.currentScript||document.querySelector(\'script[src*="/nhung/nhung.js"]\');if(!s)return;' +
  'var origin=new URL(s.src,location.href).origin;' +
  'function frames(){return document.getElementsByTagName("iframe")}' +
  'addEventListener("message",function(e){var d=e.data;' +
  `if(e.origin!==origin||!d||d.type!=="${MESSAGE}"||typeof d.height!=="number"||!(d.height>0&&d.height<=${MAX_HEIGHT}))return;` +
  'for(var f=frames(),i=0;i<f.length;i++)if(f[i].contentWindow===e.source){f[i].style.height=Math.ceil(d.height)+"px";break}});' +
  'function ping(){for(var f=frames(),i=0;i<f.length;i++)if(f[i].contentWindow&&f[i].src.indexOf(origin+"/")===0)' +
  `f[i].contentWindow.postMessage({type:"${PING}"},origin)}` +
  'ping();addEventListener("load",ping)})();\n';
