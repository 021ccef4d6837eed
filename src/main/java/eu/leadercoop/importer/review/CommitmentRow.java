package eu.leadercoop.importer.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A further commitment of one activity ("Vähemalt 2 välisõppereisi ja 4 seminari" promises two): the first one is
 * kept in the activity row's own fields, the page shows each further one below it, and saving keeps them all.
 */
public class CommitmentRow {

    private Integer minCount;
    private List<String> eventTypes = new ArrayList<>();
    private boolean distinctRegions = false;
    private boolean physicalOnly = false;
    private String deadline;
    private String asWritten;

    public Integer getMinCount() {
        return minCount;
    }

    public void setMinCount(Integer minCount) {
        this.minCount = minCount;
    }

    public List<String> getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(List<String> eventTypes) {
        this.eventTypes = eventTypes;
    }

    public boolean isDistinctRegions() {
        return distinctRegions;
    }

    public void setDistinctRegions(boolean distinctRegions) {
        this.distinctRegions = distinctRegions;
    }

    public boolean isPhysicalOnly() {
        return physicalOnly;
    }

    public void setPhysicalOnly(boolean physicalOnly) {
        this.physicalOnly = physicalOnly;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getAsWritten() {
        return asWritten;
    }

    public void setAsWritten(String asWritten) {
        this.asWritten = asWritten;
    }
}
