using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace Overgang.Linkage.Names;

/// <summary>
/// Equivalent forms of a given name across languages (Mykola, Nikolai, Nikolay, Mikołaj; Olena, Elena, Jelena, Helena),
/// from the table <c>Names/Data/given-name-equivalents.csv</c> (its source is stated in the file: a project
/// compilation). Each form, and each Cyrillic form as every <see cref="TransliterationSystem"/> writes it, maps by its
/// normal form (<see cref="NameKey.Normalise"/>) to the class key.
/// </summary>
public sealed class GivenNameEquivalents
{
    private readonly FrozenDictionary<string, string> _classes;
    private readonly FrozenDictionary<string, string> _russian;

    private GivenNameEquivalents(FrozenDictionary<string, string> classes, FrozenDictionary<string, string> russian, ImmutableArray<string> keys)
    {
        _classes = classes;
        _russian = russian;
        Keys = keys;
    }

    /// <summary>The table shipped with the engine.</summary>
    public static GivenNameEquivalents Table { get; } = Load();

    /// <summary>The class keys, in the table's order.</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>The class of a name's normal form, or <c>null</c> when the table does not know it.</summary>
    public string? ClassOf(string normalised)
    {
        ArgumentNullException.ThrowIfNull(normalised);
        return normalised.Length > 0 && _classes.TryGetValue(normalised, out var key) ? key : null;
    }

    /// <summary>The Russian Cyrillic form of a Ukrainian Cyrillic given name, where the table gives a different one.</summary>
    public string? RussianForm(string ukrainianCyrillic)
    {
        ArgumentNullException.ThrowIfNull(ukrainianCyrillic);
        return _russian.TryGetValue(ukrainianCyrillic, out var russian) ? russian : null;
    }

    /// <summary>Reads a table: comment lines with #, a header <c>class,ukrainian,russian,other</c>, one class a line.</summary>
    /// <exception cref="FormatException">A line lacks a column, or a form belongs to two classes.</exception>
    public static GivenNameEquivalents Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        var russian = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = ImmutableArray.CreateBuilder<string>();
        var number = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split(',');
            if (!header)
            {
                header = cells is ["class", "ukrainian", "russian", "other"] ? true : throw new FormatException($"line {number}: the header must be class,ukrainian,russian,other");
                continue;
            }

            if (cells.Length != 4 || cells[0].Trim().Length == 0 || cells[1].Trim().Length == 0)
            {
                throw new FormatException($"line {number}: a class needs a key and a Ukrainian form, in four columns");
            }

            var key = cells[0].Trim();
            keys.Add(key);
            var forms = new List<string> { cells[1].Trim() };
            if (cells[2].Trim().Length > 0)
            {
                forms.Add(cells[2].Trim());
                russian[cells[1].Trim()] = cells[2].Trim();
            }

            var normals = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in forms)
            {
                normals.Add(NameKey.Normalise(form));
                foreach (var system in Enum.GetValues<TransliterationSystem>())
                {
                    normals.Add(NameKey.Normalise(Transliteration.Render(form, system)));
                }
            }

            foreach (var other in cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                normals.Add(NameKey.Normalise(other));
            }

            foreach (var normal in normals.Where(n => n.Length > 0))
            {
                if (classes.TryGetValue(normal, out var earlier) && earlier != key)
                {
                    throw new FormatException($"line {number}: the form \"{normal}\" belongs to class {earlier} already");
                }

                classes[normal] = key;
            }
        }

        return new GivenNameEquivalents(classes.ToFrozenDictionary(StringComparer.Ordinal), russian.ToFrozenDictionary(StringComparer.Ordinal), keys.ToImmutable());
    }

    private static GivenNameEquivalents Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Overgang.Linkage.Names.Data.given-name-equivalents.csv")
            ?? throw new InvalidOperationException("the given-name equivalents table is not embedded");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Read(reader);
    }
}
