// The article page is cached and shared by all readers, so its comment form carries no CSRF token:
// the token is fetched (never cached) when the reader starts writing, and added before the form is sent.
// A sent form disables its button so a double click sends one comment.
(function () {
  function prepare(form) {
    var loading = null;
    function loadToken() {
      if (!loading) {
        loading = fetch(form.getAttribute('data-csrf-url'), { credentials: 'same-origin', cache: 'no-store' })
          .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
          .then(function (token) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = token.parameterName;
            input.value = token.token;
            form.appendChild(input);
          });
      }
      return loading;
    }
    form.addEventListener('focusin', loadToken, { once: true });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('[type=submit]');
      if (button.disabled) return;
      button.disabled = true;
      loadToken().then(function () { form.submit(); }, function () {
        loading = null;
        button.disabled = false;
        window.location.href = form.getAttribute('action');
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-csrf-url]').forEach(prepare);
    document.querySelectorAll('form.pt-comment-form:not([data-csrf-url])').forEach(function (form) {
      form.addEventListener('submit', function () {
        var button = form.querySelector('[type=submit]');
        setTimeout(function () { button.disabled = true; }, 0);
      });
    });
  });
})();
