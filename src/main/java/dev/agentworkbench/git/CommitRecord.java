package dev.agentworkbench.git;

import java.time.Instant;

/** A commit from the history: id, subject, full message, author and time. */
public record CommitRecord(
    String id, String shortId, String subject, String message, String author, Instant time) {}
