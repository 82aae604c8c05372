// Applied in <head> so the page never flashes at the wrong size. The choice is kept per browser.
(function () {
  var KEY = 'danvan.fontScale';
  var STEPS = [87.5, 100, 112.5, 125, 150];
  function current() {
    var saved = parseFloat(localStorage.getItem(KEY));
    return STEPS.indexOf(saved) >= 0 ? saved : 100;
  }
  function apply(scale) {
    document.documentElement.style.fontSize = scale + '%';
  }
  apply(current());
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-font]');
    if (!button) return;
    var index = STEPS.indexOf(current());
    var action = button.getAttribute('data-font');
    var next = action === 'reset' ? 100 : STEPS[Math.max(0, Math.min(STEPS.length - 1, index + (action === 'up' ? 1 : -1)))];
    try { localStorage.setItem(KEY, String(next)); } catch (e) { /* private mode: size lasts for this page */ }
    apply(next);
  });
})();
