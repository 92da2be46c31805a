// The interactive API documentation (Swagger UI, vendored): settings come from the page's
// JSON block, so the page needs no inline script (strict CSP).
(function () {
  var settings = JSON.parse(document.getElementById("swagger-settings").textContent);
  settings.dom_id = "#swagger-ui";
  settings.presets = [window.SwaggerUIBundle.presets.apis];
  window.SwaggerUIBundle(settings);
})();
