using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;
using Overgang.Rules.Explanations;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Facts;

/// <summary>
/// Reads stored decisions back as the explanation they had: the stored form decoded with the table of texts it names
/// (docs/adr/0010-stored-decisions.md). Every reader of a decision's explanation goes through here.
/// </summary>
/// <remarks>Tables are named by their content hash, so one read table is valid for every registry and is kept in memory.</remarks>
public static class StoredExplanations
{
    private static readonly ConcurrentDictionary<string, StoredTexts> _tables = new(StringComparer.Ordinal);

    /// <summary>Forgets the tables read so far, so that the next read comes from the registry (for tests).</summary>
    internal static void ForgetTables() => _tables.Clear();

    /// <summary>Stores <paramref name="texts"/> unless the registry holds it already (in its own unit of work).</summary>
    public static void Keep(RegistryContext context, StoredTexts texts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(texts);
        _tables.TryAdd(texts.Key, texts);
        if (context.ExplanationTexts.AsNoTracking().Any(t => t.Key == texts.Key))
        {
            return;
        }

        context.ExplanationTexts.Add(new ExplanationTexts { Key = texts.Key, Content = texts.ToJson() });
        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateException) when (context.ExplanationTexts.AsNoTracking().Any(t => t.Key == texts.Key))
        {
            // Another run stored the same table at the same moment: the content is the same by its key.
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    /// <summary>The table of texts with this key, from memory or the registry.</summary>
    /// <exception cref="InvalidOperationException">The registry holds no table with the key: it was damaged.</exception>
    public static StoredTexts Texts(RegistryContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_tables.TryGetValue(key, out var texts))
        {
            return texts;
        }

        var row = context.ExplanationTexts.AsNoTracking().FirstOrDefault(t => t.Key == key)
            ?? throw new InvalidOperationException($"the registry holds no explanation texts {key}");
        texts = StoredTexts.FromJson(row.Content);
        if (texts.Key != key)
        {
            throw new InvalidOperationException($"explanation texts {key} hash to {texts.Key}: the table was changed");
        }

        return _tables.GetOrAdd(key, texts);
    }

    /// <summary>The decision as it was decided: the stored form decoded with its texts.</summary>
    /// <exception cref="InvalidOperationException">A decision stored before the stored form (it has only its JSON).</exception>
    public static TransitionDecision Decision(RegistryContext context, DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = record.Stored ?? throw new InvalidOperationException($"decision of {record.PersonId} in run {record.RunId} has no stored form");
        return StoredDecision.Decode(record.PersonId, stored, Texts(context, StoredDecision.TextsKey(stored)));
    }

    /// <summary>The decision's explanation: the <c>decide</c> JSON of the person, exactly as it was written when decided.</summary>
    public static string DecisionJson(RegistryContext context, DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stored is null ? record.Explanation ?? "{}" : Json(Decision(context, record));
    }

    /// <summary>A payment's explanation JSON, exactly as it was written when calculated (or why it could not be).</summary>
    public static string PaymentJson(RegistryContext context, PaymentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Stored is { } stored
            ? AllowanceFacts.ExplanationJson(StoredExplanation.Decode(stored, Texts(context, StoredExplanation.TextsKey(stored))))
            : record.Explanation ?? "[]";
    }

    /// <summary>What a task asks, in words: the text of its code, or the text stored with a task from before codes.</summary>
    public static string TaskText(CaseTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return TaskText(task.Code, task.Text);
    }

    /// <summary>The same from a task's code and stored text (for queries that read only those columns).</summary>
    public static string TaskText(string? code, string? text) =>
        code is null ? text ?? "" : TaskTexts.TextOf(code) ?? throw new InvalidOperationException($"unknown task code {code}");

    /// <summary>The <c>decide</c> JSON of a decision, as the runs have always written it (relaxed escaping).</summary>
    public static string Json(TransitionDecision decision)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            TransitionDecisionJson.Write(json, decision);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
