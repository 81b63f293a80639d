using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Registry.Linkage;

/// <summary>The outcome of a reviewer's decision.</summary>
public enum ReviewOutcome
{
    /// <summary>Decided and stored.</summary>
    Decided,

    /// <summary>No such candidate.</summary>
    NotFound,

    /// <summary>Someone else changed or decided it first (stale version).</summary>
    Conflict,
}

/// <summary>A page of the review queue.</summary>
/// <param name="Candidates">The candidates on the page, highest weight first.</param>
/// <param name="Total">Open candidates in all.</param>
public sealed record ReviewPage(IReadOnlyList<LinkCandidate> Candidates, int Total);

/// <summary>
/// The review queue of record linkage: open candidates by descending weight, and a reviewer's decision. A confirmed
/// double registration with another member state adds that registration (<see cref="ProtectionRegistration"/> with the
/// member state and its date), so the next decisions run routes the person via <c>otherProtection</c> to the
/// <c>multiple-registration</c> flag. Every decision is audited.
/// </summary>
public static class LinkReview
{
    /// <summary>Status of an undecided candidate.</summary>
    public const string Open = "open";

    /// <summary>Status when the reviewer found one person.</summary>
    public const string SamePerson = "same-person";

    /// <summary>Status when the reviewer found two persons.</summary>
    public const string DifferentPersons = "different-persons";

    /// <summary>A page of open candidates (page 1 first), highest weight first.</summary>
    public static ReviewPage OpenPage(RegistryContext context, int page, int size)
    {
        ArgumentNullException.ThrowIfNull(context);
        var open = context.LinkCandidates.AsNoTracking().Where(c => c.Status == Open);
        var total = open.Count();
        var rows = open.OrderByDescending(c => c.Weight).ThenBy(c => c.Id).Skip(Math.Max(0, page - 1) * size).Take(size).ToList();
        return new ReviewPage(rows, total);
    }

    /// <summary>Counts per status.</summary>
    public static IReadOnlyDictionary<string, int> Counts(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.LinkCandidates.AsNoTracking().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count, StringComparer.Ordinal);
    }

    /// <summary>
    /// Stores a reviewer's decision on candidate <paramref name="id"/> at <paramref name="version"/>: the same person or
    /// different persons; a same-person decision on a member state's registration adds that protection registration.
    /// </summary>
    public static ReviewOutcome Decide(RegistryContext context, long id, long version, bool samePerson, string actor, string reason, Instant now, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(zone);
        var candidate = context.LinkCandidates.SingleOrDefault(c => c.Id == id);
        if (candidate is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (candidate.Version != version || candidate.Status != Open)
        {
            return ReviewOutcome.Conflict;
        }

        using var transaction = context.Database.BeginTransaction();
        candidate.Status = samePerson ? SamePerson : DifferentPersons;
        candidate.DecidedBy = actor;
        candidate.DecidedAt = now;
        candidate.Version++;
        var records = new List<AuditRecord>
        {
            new(actor, "link.decide", candidate.PersonId, reason,
                JsonSerializer.Serialize(new { candidate = candidate.Id, pair = candidate.PairKey, decision = candidate.Status, band = candidate.Band, weight = candidate.Weight })),
        };
        if (samePerson && candidate is { Kind: "member-state", MemberState: { } state })
        {
            var since = candidate.ForeignSince ?? now.InZone(zone).Date;
            var exists = context.Protections.Any(p => p.PersonId == candidate.PersonId && p.MemberState == state && p.Since == since);
            if (!exists)
            {
                context.Protections.Add(new ProtectionRegistration { PersonId = candidate.PersonId, MemberState = state, Since = since });
                records.Add(new AuditRecord(actor, "person.update", candidate.PersonId, "double registration confirmed in record-linkage review",
                    JsonSerializer.Serialize(new { protection = new { memberState = state, since = LinkageRun.Iso(since) }, candidate = candidate.Id })));
            }
        }

        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ReviewOutcome.Conflict;
        }

        AuditChain.Append(context, now, records);
        context.SaveChanges();
        transaction.Commit();
        return ReviewOutcome.Decided;
    }
}
