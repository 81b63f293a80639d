using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Linkage.Comparison;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Files;
using Overgang.Linkage.Scoring;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;

namespace Overgang.Registry.Linkage;

/// <summary>What a linkage run did: the linkage's figures and the review queue's new candidates.</summary>
/// <param name="Result">The linkage (pairs, model, comparisons, timings).</param>
/// <param name="Added">Candidates added to the review queue.</param>
/// <param name="AlreadyQueued">Pairs found again that were already in the queue (open or decided).</param>
public sealed record LinkageRunOutcome(LinkResult Result, int Added, int AlreadyQueued);

/// <summary>
/// Runs record linkage over the registry's persons, against another member state's file or within the registry, and
/// puts every pair in the match or review band in the review queue (<see cref="LinkCandidate"/>), audited per person.
/// Nothing is merged: a person decides (<see cref="LinkReview"/>).
/// </summary>
public static class LinkageRun
{
    /// <summary>Links the registry with <paramref name="incoming"/>; an encoded file needs the shared <paramref name="key"/>.</summary>
    public static LinkageRunOutcome AgainstFile(RegistryContext context, IReadOnlyList<IncomingRegistration> incoming, LinkageKey? key, LinkageParameters parameters, string source, string actor, Instant now, int seed)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(parameters);
        var persons = context.Persons.AsNoTracking().OrderBy(p => p.Id).ToList();
        var left = persons.Select(PersonRecords.ToRecord).ToList();
        var encoded = incoming.Count > 0 && incoming[0].Encoded is not null;
        LinkResult result;
        if (encoded)
        {
            if (key is null)
            {
                throw new ArgumentException("an encoded file needs the linkage key it was encoded with", nameof(key));
            }

            var encoder = new BloomEncoder(key, EncodingScheme.V1);
            result = Linker.Link(left.AsParallel().AsOrdered().Select(encoder.Encode).ToList(), [.. incoming.Select(r => r.Encoded!)], new EncodedComparer(EncodingScheme.V1), parameters, self: false, seed);
        }
        else
        {
            var pool = new NamePool();
            result = Linker.Link(left.AsParallel().AsOrdered().Select(r => PreparedRecord.From(r, pool)).ToList(), [.. incoming.Select(r => PreparedRecord.From(r.Clear!, pool))], new ClearComparer(parameters), parameters, self: false, seed);
        }

        var candidates = result.Pairs.Select(pair =>
        {
            var person = persons[pair.Left];
            var other = incoming[pair.Right];
            return Candidate(result, pair, person.Id, "member-state", $"{person.Id}|{other.MemberState}:{other.RecordId}", source, now, c =>
            {
                c.MemberState = other.MemberState;
                c.ForeignRecordId = other.RecordId;
                c.ForeignSince = other.Since;
                c.ForeignFamilyName = other.Clear?.FamilyName;
                c.ForeignGivenName = other.Clear?.GivenName;
                c.ForeignBirthDate = other.Clear?.BirthDate?.ToString();
                c.ForeignSex = Truncate(other.Clear?.Sex, 1);
                c.ForeignNationality = Truncate(other.Clear?.Nationality, 2);
                c.ForeignDocumentEnd = DocumentEnd(other.Clear?.DocumentNumber);
            });
        });
        return Store(context, result, candidates, actor, now);
    }

    /// <summary>Links the registry with itself: persons registered twice in this registry.</summary>
    public static LinkageRunOutcome WithinRegistry(RegistryContext context, LinkageParameters parameters, string actor, Instant now, int seed)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parameters);
        var persons = context.Persons.AsNoTracking().OrderBy(p => p.Id).ToList();
        var pool = new NamePool();
        var records = persons.AsParallel().AsOrdered().Select(p => PreparedRecord.From(PersonRecords.ToRecord(p), pool)).ToList();
        var result = Linker.Link(records, records, new ClearComparer(parameters), parameters, self: true, seed);
        var candidates = result.Pairs.Select(pair =>
            Candidate(result, pair, persons[pair.Left].Id, "registry", $"{persons[pair.Left].Id}|NL:{persons[pair.Right].Id}", "registry", now, c => c.OtherPersonId = persons[pair.Right].Id));
        return Store(context, result, candidates, actor, now);
    }

    /// <summary>The last three letters or digits of a document number (upper case), or <c>null</c> when it has none.</summary>
    public static string? DocumentEnd(string? number)
    {
        var text = new string([.. (number ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return text.Length == 0 ? null : text[Math.Max(0, text.Length - 3)..];
    }

    /// <summary>The evidence of a pair as stored: field, level, outcome, label, weight.</summary>
    public static string EvidenceJson(IEnumerable<FieldEvidence> evidence) =>
        JsonSerializer.Serialize(evidence.Select(e => new StoredEvidence(Name(e.Field), e.Level, e.Outcome.ToString().ToLowerInvariant(), e.Label, Math.Round(e.Weight, 2))));

    /// <summary>Reads stored evidence.</summary>
    public static ImmutableArray<StoredEvidence> ReadEvidence(string json) =>
        [.. JsonSerializer.Deserialize<List<StoredEvidence>>(json) ?? []];

    /// <summary>The stored name of a field.</summary>
    public static string Name(LinkField field) => field switch
    {
        LinkField.FamilyName => "family-name",
        LinkField.GivenName => "given-name",
        LinkField.BirthDate => "birth-date",
        LinkField.Sex => "sex",
        LinkField.Nationality => "nationality",
        _ => "document-number",
    };

    private static LinkCandidate Candidate(LinkResult result, LinkPair pair, string personId, string kind, string pairKey, string source, Instant now, Action<LinkCandidate> fill)
    {
        var candidate = new LinkCandidate
        {
            PersonId = personId,
            PairKey = pairKey.Length > 200 ? pairKey[..200] : pairKey,
            Kind = kind,
            Mode = result.Encoded ? "encoded" : "clear",
            Weight = Math.Round(pair.Weight, 3),
            Probability = pair.Probability,
            Band = result.Band(pair) == LinkBand.Match ? "match" : "review",
            Evidence = EvidenceJson(result.Evidence(pair)),
            Source = source.Length > 200 ? source[^200..] : source,
            FoundAt = now,
            Status = LinkReview.Open,
        };
        fill(candidate);
        return candidate;
    }

    private static LinkageRunOutcome Store(RegistryContext context, LinkResult result, IEnumerable<LinkCandidate> candidates, string actor, Instant now)
    {
        var known = context.LinkCandidates.AsNoTracking().Select(c => c.PairKey).ToHashSet(StringComparer.Ordinal);
        var fresh = candidates.Where(c => known.Add(c.PairKey)).ToList();
        using var transaction = context.Database.BeginTransaction();
        context.LinkCandidates.AddRange(fresh);
        AuditChain.Append(context, now, fresh.Select(c => new AuditRecord(actor, "link.candidate", c.PersonId,
            "record linkage found a possible double registration; a person decides",
            JsonSerializer.Serialize(new { pair = c.PairKey, band = c.Band, weight = c.Weight, mode = c.Mode, source = c.Source }))));
        context.SaveChanges();
        transaction.Commit();
        return new LinkageRunOutcome(result, fresh.Count, result.Pairs.Length - fresh.Count);
    }

    private static string? Truncate(string? text, int length) => text is null ? null : text.Length > length ? text[..length] : text;

    /// <summary>Formats a date as the queue shows it.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>One field's evidence as stored with a candidate.</summary>
/// <param name="Field">The field: <c>family-name</c>, <c>given-name</c>, <c>birth-date</c>, <c>sex</c>, <c>nationality</c>, <c>document-number</c>.</param>
/// <param name="Level">The comparison level (-1 missing).</param>
/// <param name="Outcome"><c>agree</c>, <c>partial</c>, <c>disagree</c> or <c>missing</c>.</param>
/// <param name="Label">The level in English words.</param>
/// <param name="Weight">log2(m/u): positive for the same person.</param>
public sealed record StoredEvidence(string Field, int Level, string Outcome, string Label, double Weight)
{
    /// <summary>The weight as a reviewer reads it.</summary>
    public string Strength => Math.Abs(Weight) switch
    {
        < 1 => "neutral",
        < 4 => Weight > 0 ? "some-for" : "some-against",
        _ => Weight > 0 ? "strong-for" : "strong-against",
    };

    /// <summary>The weight with one decimal, invariant.</summary>
    public string WeightText => Weight.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
