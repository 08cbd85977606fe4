// html-validate configuration for the built pages (tests/dist/html-validate.test.ts).
// A module rather than .htmlvalidate.json, because JSON cannot say why a rule is relaxed.
export default {
  // recommended: the full rule set; document: rules that only make sense for whole pages.
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity protects against a third-party host changing a file.
    // Every stylesheet and script here comes from the site's own origin (the
    // page-weight and security tests enforce that), and whoever could change
    // them could change the page that lists their hashes too; so require SRI
    // only should a cross-origin resource ever appear.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
