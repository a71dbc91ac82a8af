// Why: jsPDF loads html2canvas, canvg and DOMPurify on demand for its .html() and SVG
// features, which the report never uses. vite.config.ts points those imports here, so about
// 100 KB of unused code stays out of the build and out of every tablet's precache.
const unused = {};
export default unused;
