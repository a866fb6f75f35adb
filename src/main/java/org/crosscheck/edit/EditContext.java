package org.crosscheck.edit;

import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.TagRepository;

/** What an {@link Edit} works with: the repositories it changes and the analyst whose name goes in the audit log. */
public record EditContext(ClaimRepository claims, IncidentRepository incidents, LinkRepository links,
                          TagRepository tags, GradeRepository grades, String analyst) {
}
