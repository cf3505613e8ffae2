// "Go back" returns to the page the reader came from when it is on this site;
// without JavaScript, or when the reader arrived directly, the link leads to the section.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[data-history-back]') : null;
  if (!link) return;
  var cameFromHere = false;
  try {
    cameFromHere = document.referrer !== '' && new URL(document.referrer).origin === window.location.origin;
  } catch (e) {
    cameFromHere = false;
  }
  if (cameFromHere && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
