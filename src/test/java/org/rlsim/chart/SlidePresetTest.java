package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlidePresetTest {
    @Test
    void presetsByTheNamesPeopleWrite() {
        assertEquals(Optional.of(SlidePreset.WIDE), SlidePreset.find("16:9"));
        assertEquals(Optional.of(SlidePreset.STANDARD), SlidePreset.find("4 : 3"));
        assertEquals(Optional.empty(), SlidePreset.find("5:4"));
        assertEquals(1920, SlidePreset.WIDE.widthPx());
        assertEquals(1440, SlidePreset.STANDARD.widthPx());
        assertEquals(1080, SlidePreset.STANDARD.heightPx());
    }

    @Test
    void noTextIsSmallerThanAFortiethOfTheSlideHeight() {
        for (SlidePreset preset : SlidePreset.values()) {
            ChartStyle s = preset.style();
            float smallest = Math.min(Math.min(s.tickSize(), s.noteSize()), Math.min(s.footerSize(), s.panelTitleSize()));
            assertTrue(smallest >= preset.heightPx() / 40f, preset + ": smallest text " + smallest + " px");
            assertTrue(s.titleSize() > s.panelTitleSize() && s.panelTitleSize() >= s.tickSize(), "a size hierarchy");
        }
        assertEquals(SlidePreset.WIDE.style(), ChartStyle.SLIDES);
    }

    @Test
    void ferritinTicksAreTheOneThreeSteps() {
        assertEquals(10, FerritinAxis.stepAtOrBelow(15));
        assertEquals(30, FerritinAxis.stepAtOrBelow(30));
        assertEquals(300, FerritinAxis.stepAtOrBelow(999));
        assertEquals(100, FerritinAxis.stepAtOrAbove(100));
        assertEquals(300, FerritinAxis.stepAtOrAbove(101));
        assertEquals(1000, FerritinAxis.stepAtOrAbove(301));
    }
}
