// The hosted page works offline after one visit: sw.js (written by web/post-build.mjs) keeps
// its files. Not used by clinics embedding the script on their own pages.
// Registered once the page has loaded, so that fetching its files for offline use does not
// compete with the widget's own first load.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const register = () => navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('heel-triage: works online only', error));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
