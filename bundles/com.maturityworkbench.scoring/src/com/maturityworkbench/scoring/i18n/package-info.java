/**
 * The language of every user-facing message: Chinese unless English is asked for ({@code --lang en}, the
 * {@code mwb.lang} system property, or the workbench preference), whatever the machine's locale. Each layer keeps
 * its texts in resource bundles of its own (UTF-8 {@code messages.properties} in Chinese, {@code messages_en.properties}
 * in English) and reads them through {@link com.maturityworkbench.scoring.i18n.Messages}.
 */
package com.maturityworkbench.scoring.i18n;
