using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Files;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary><c>municipalities.csv</c>: code (<c>GM</c> and four digits), name; key code. Not a person's data, so no audit entries.</summary>
internal sealed class MunicipalityImporter : KindImporter
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private Dictionary<string, Municipality> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["code", "name"];

    public override void Load(RegistryContext context) =>
        _stored = context.Municipalities.AsNoTracking().ToDictionary(m => m.Code, StringComparer.Ordinal);

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var code = row.Text("code", required: true, maxLength: 8);
        var name = row.Text("name", required: true, maxLength: 100);
        if (code is not null && !MunicipalityCode.IsValid(code))
        {
            row.Reject("code", $"'{code}' is not a municipality code: expected {MunicipalityCode.Format} (the CBS code)");
            code = null;
        }

        if (code is not null)
        {
            RejectDuplicate(row, _seen, code, "code");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[code!] = row.Line;
        if (!_stored.TryGetValue(code!, out var municipality))
        {
            municipality = new Municipality { Code = code!, Name = name! };
            _stored[code!] = municipality;
            session.Insert(municipality, row.Line);
            return RowOutcome.Inserted;
        }

        if (municipality.Name == name)
        {
            return RowOutcome.Unchanged;
        }

        municipality.Name = name!;
        session.Update(municipality, row.Line);
        return RowOutcome.Updated;
    }
}
