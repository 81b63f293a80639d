using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Model;

namespace Overgang.Registry.Storage;

/// <summary>
/// Fills the stored search keys of persons' names (<see cref="Person.FamilyNameKey"/>, <see cref="Person.GivenNameKey"/>)
/// where they are empty: a registry created before the keys existed got empty keys from the migration, and search by
/// name found nobody there. <c>serve</c> and <c>run</c> call it when they open a registry; on a registry whose keys are
/// filled it costs one indexed read. The keys are computed here, in code (<see cref="NameSearchKey"/>), one update per
/// distinct name, without touching the persons' versions or the registry's revision (no fact changes).
/// </summary>
public static class NameKeyBackfill
{
    /// <summary>Fills the missing keys and returns how many persons got them (0 when none were missing).</summary>
    public static int Run(RegistryDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var context = database.Open();
        if (!context.Persons.Any(p => p.FamilyNameKey == "" && p.FamilyName != ""))
        {
            return 0;
        }

        var filled = 0;
        using var transaction = context.Database.BeginTransaction();
        var familyNames = context.Persons.Where(p => p.FamilyNameKey == "" && p.FamilyName != "").Select(p => p.FamilyName).Distinct().ToList();
        foreach (var name in familyNames)
        {
            var key = NameSearchKey.Of(name);
            if (key.Length > 0)
            {
                filled += context.Persons.Where(p => p.FamilyNameKey == "" && p.FamilyName == name)
                    .ExecuteUpdate(s => s.SetProperty(p => p.FamilyNameKey, key));
            }
        }

        // The given name's key in the same pass (the migration left both empty); persons whose family name has no key
        // (no letters) are taken along too.
        var givenNames = context.Persons.Where(p => p.GivenNameKey == "" && p.GivenName != "").Select(p => p.GivenName).Distinct().ToList();
        foreach (var name in givenNames)
        {
            var key = NameSearchKey.OfFirstGiven(name);
            if (key.Length > 0)
            {
                context.Persons.Where(p => p.GivenNameKey == "" && p.GivenName == name)
                    .ExecuteUpdate(s => s.SetProperty(p => p.GivenNameKey, key));
            }
        }

        transaction.Commit();
        return filled;
    }
}
