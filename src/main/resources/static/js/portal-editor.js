// The rich-text editor for articles: TinyMCE served from its WebJar (self-hosted, GPL licence key).
// Images go to /portal/images, which checks, resizes and strips them, and answers {location}.
// Whatever the editor produces is sanitised again on the server.
(function () {
  var area = document.querySelector('textarea[data-rich-text]');
  if (!area || !window.tinymce) return;
  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) headers[header.content] = token.content;
    return headers;
  }
  tinymce.init({
    target: area,
    license_key: 'gpl',
    base_url: area.getAttribute('data-upload-url').replace('/portal/images', '') + '/webjars/tinymce',
    suffix: '.min',
    language: 'vi',
    language_url: area.getAttribute('data-upload-url').replace('/portal/images', '') + '/js/tinymce-langs/vi.js',
    promotion: false,
    branding: false,
    menubar: false,
    height: 520,
    // the resize handle carries an aria-label on a bare div (axe: aria-prohibited-attr); the height is fixed
    resize: false,
    plugins: 'link lists image table autolink',
    toolbar: 'undo redo | blocks | bold italic | bullist numlist blockquote | link image table | removeformat',
    block_formats: 'Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3',
    image_caption: true,
    image_description: true,
    image_dimensions: false,
    relative_urls: false,
    convert_urls: false,
    paste_data_images: false,
    content_style: 'img { max-width: 100%; height: auto; } figure { margin: 1rem 0; } figcaption { font-style: italic; color: #555; }',
    images_upload_handler: function (blobInfo) {
      var data = new FormData();
      data.append('file', blobInfo.blob(), blobInfo.filename());
      return fetch(area.getAttribute('data-upload-url'), {
        method: 'POST', body: data, headers: csrfHeaders(), credentials: 'same-origin'
      }).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) throw new Error(json.error || response.status);
          return json.location;
        });
      });
    }
  });
  area.form.addEventListener('submit', function () { tinymce.triggerSave(); });
})();
