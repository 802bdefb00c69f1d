// Decap CMS waits for portal.js, which registers the portal's widgets and previews and
// then starts it with the generated configuration (/admin/config.json).
window.CMS_MANUAL_INIT = true;
