using Microsoft.Data.Sqlite;

namespace Overgang.Cli.Tests.Support;

/// <summary>Rows of an SQLite registry as the tests compare them, read with a connection of their own.</summary>
public static class RegistryRows
{
    /// <summary>Every stored decision (person, path, status, stored explanation), by person.</summary>
    public static List<string> Decisions(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"PersonId\", \"Path\", \"Status\", hex(\"Stored\") FROM decision ORDER BY \"PersonId\"";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}");
        }

        return rows;
    }
}
