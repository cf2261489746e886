/*
 * Accessibility mends for PrimeFaces widgets, loaded from the portal itself (the Content-Security-Policy allows
 * no inline script without a nonce). A skinned file chooser hides its real <input type="file"> from assistive
 * technology (aria-hidden) while the input stays the element that takes the keyboard focus: a screen reader user
 * would land on a control with no name. The input is shown to assistive technology again and named by the
 * chooser's visible label. Run on load and after every PrimeFaces Ajax update.
 */
(function () {
    function mendFileChoosers() {
        document.querySelectorAll('.ui-fileupload-simple input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            var label = document.getElementById(input.id.replace(/_input$/, '_label'));
            if (label && label.id) {
                input.setAttribute('aria-labelledby', label.id);
            }
        });
    }
    document.addEventListener('DOMContentLoaded', mendFileChoosers);
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', mendFileChoosers);
    }
})();
