/// The head every page shares (partial `head`): encoding, phone viewport, the stylesheet, and a
/// Content-Security-Policy that lets the page load nothing at all (no script, font, image or
/// stylesheet from anywhere) except its own inline style and, where `scriptHash` is set, the
/// one inline script with that hash.
enum PageHead {
    static let html = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src {{#scriptHash}}'sha256-{{scriptHash}}'{{/scriptHash}}{{^scriptHash}}'none'{{/scriptHash}}; base-uri 'none'; form-action 'none'">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="grade">
        <style>
        {{> stylesheet}}
        </style>
        """
}
