// The hosted page works offline after one visit: sw.js (written by web/post-build.mjs) keeps
// every file of this build. Not used by clinics embedding the script on their own pages.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('heel-triage: works online only', error));
}
