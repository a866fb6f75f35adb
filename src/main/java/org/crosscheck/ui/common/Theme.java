package org.crosscheck.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two looks of the app: AtlantaFX Primer light and dark. The app's own CSS only uses their looked-up colours. */
public enum Theme {
    LIGHT, DARK;

    /** Makes this theme the user-agent stylesheet of every window. Call on the FX thread. */
    public void apply() {
        var stylesheet = this == LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(stylesheet);
    }

    /** The app stylesheet, added to every scene and dialog on top of the theme. */
    public static String appStylesheet() {
        return Theme.class.getResource("/org/crosscheck/ui/crosscheck.css").toExternalForm();
    }
}
