using Microsoft.EntityFrameworkCore;
using Overgang.Registry;

namespace Overgang.Web.WorkQueue;

/// <summary>What the work queue page shows beside the queue: the municipalities to filter on and the names of a selection to confirm.</summary>
public sealed class WorkQueuePageData(RegistryContext context)
{
    /// <summary>The municipalities by name.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        (await context.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Code, m.Name }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(m => (m.Code, m.Name)).ToList();

    /// <summary>The names of the selected persons (already shown on the page), by family name; Cyrillic where asked and stored.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(WorkQueueSelection selection, bool cyrillic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var ids = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var persons = await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.FamilyName, p.GivenName, p.FamilyNameCyrillic, p.GivenNameCyrillic }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. persons.Select(p => cyrillic && p.FamilyNameCyrillic is { } f && p.GivenNameCyrillic is { } g ? f + ", " + g : p.FamilyName + ", " + p.GivenName).Order(StringComparer.Ordinal)];
    }
}
