/**
 * Tracking: what projects promised against what they recorded, and whether their money adds up.
 *
 * <p>Public API (used by the pages here and by reports):
 * <ul>
 *   <li>{@link eu.leadercoop.tracking.CommitmentTracker}: each commitment's {@link eu.leadercoop.tracking.Status}
 *       on a day, with the events that count and the reason in words
 *       ({@link eu.leadercoop.tracking.CommitmentStatus}, rendered per language by
 *       {@link eu.leadercoop.tracking.TrackingTexts});</li>
 *   <li>{@link eu.leadercoop.tracking.Indicators}: expected results with targets, what was achieved and the
 *       percentage;</li>
 *   <li>{@link eu.leadercoop.tracking.MoneyChecks}: budget lines converted to EUR and every money rule a
 *       project breaks, including a measure's maximum grant rate ({@link eu.leadercoop.tracking.MeasureRules});</li>
 *   <li>{@link eu.leadercoop.tracking.Rates}: ECB euro reference rates, imported from the ECB's CSV files.</li>
 * </ul>
 *
 * <h2>How a commitment's status is decided</h2>
 * <ol>
 *   <li><b>Deadline</b>: the latest day of the commitment's own deadline ({@code kevad 2022} is 31.05.2022),
 *       else of the project's end ({@code juuni 2025} is 30.06.2025), else none.</li>
 *   <li><b>Which events count</b>: events recorded as delivering the commitment's activity, of a type the
 *       commitment accepts ({@code Commitment.accepts}: type families, an online meeting is a meeting unless
 *       the commitment is for physical events), dated, and starting on or before the deadline. Events not
 *       recorded against the activity never count, even of an accepted type: one meeting would otherwise
 *       count for every commitment that accepts meetings. They are listed as {@code not_linked} so that an
 *       editor can record them against the activity.</li>
 *   <li><b>Held or planned</b>: an event is held once its last possible day (a partial date's latest day:
 *       {@code 11/2024} is held from 30.11.2024) is on or before the day asked about; before that it is
 *       planned.</li>
 *   <li><b>Distinct regions</b>: a region is a project partner's action area (three partners in Harju county
 *       are three regions). An event is in the area of its organising partners; with several organisers it
 *       may fill any one of their areas. An event without partner organisers is placed by its own region
 *       code (or a region named as its place): in the area of the partner(s) there, or outside the project's
 *       regions when no partner is there. An event in a country where no partner is is outside too. Online
 *       events are in no region: all online events together count as one place, "online", so one online
 *       meeting can be one of "three meetings in different regions" but two cannot be two. Events are
 *       assigned to regions so that as many as possible count (a maximum matching), held events first.</li>
 *   <li><b>Status</b>, with held = counted held events and need = the minimum count:
 *     <ul>
 *       <li>{@code met}: held &ge; need (it stays met after the deadline);</li>
 *       <li>{@code missed}: not met and the deadline has passed;</li>
 *       <li>{@code at_risk}: not met and fewer days are left until the deadline than
 *           {@code leadercoop.tracking.days-per-missing-event} (default 30) times the events still missing
 *           that are not planned yet. With 2 unplanned events missing and the deadline 30.06.2025, it is at
 *           risk from 02.05.2025 (59 days left), not on 01.05.2025 (60 days left);</li>
 *       <li>{@code not_started}: none held yet (planned ones may exist);</li>
 *       <li>{@code on_track}: some held, enough time for the rest.</li>
 *     </ul></li>
 * </ol>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package eu.leadercoop.tracking;
