// The page's one stylesheet, served from /style.css (a string here, so the build needs no copy step).
export const STYLESHEET = `:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#59636e;--line:#d1d9e0;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--bar:#0969da}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#30363d;--ok:#3fb950;--bad:#f85149;--warn:#d29922;--bar:#4493f8}}
*{box-sizing:border-box}body{margin:0;overflow-wrap:anywhere;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
header{border-bottom:1px solid var(--line);padding:.5rem 1rem}header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header strong{margin-right:1rem}main{max-width:72rem;margin:0 auto;padding:1rem}a{color:var(--bar)}
h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}.card b{display:block;font-size:1.4rem}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.9rem}
th{white-space:nowrap}td{min-width:5.5rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
.muted,small{color:var(--muted)}.ok,.delivered{color:var(--ok)}.failing,.failed,.bad{color:var(--bad)}.paused,.pending,.edited{color:var(--warn)}
form{display:flex;gap:.5rem;margin:0 0 1rem}input[type=search]{flex:1;padding:.4rem;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px}
button{font:inherit;padding:.4rem .8rem}article{border-bottom:1px solid var(--line);padding:.5rem 0}
svg{width:100%;height:auto;max-height:14rem}svg rect{fill:var(--bar)}svg text{fill:var(--muted);font-size:10px}svg line{stroke:var(--line)}
.pager{display:flex;gap:1rem;margin-top:1rem}.split{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:0 1.5rem}.new{color:var(--ok)}mark{background:var(--warn);color:var(--bg)}
`;
