using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <summary>
    /// SQLite: audit hashes as their 32 bytes, instants as integer ticks, no index on a task's person and status alone
    /// (docs/adr/0010-stored-decisions.md). The rows stored before are converted: the same values read back.
    /// </summary>
    public partial class CompactStorage : Migration
    {
        /// <summary>Every column of an instant: fixed-width UTC text (<c>2026-12-01T05:34:46.8164420Z</c>) before, ticks after.</summary>
        private static readonly (string Table, string Column)[] Instants =
        [
            ("work_assignment", "AssignedAt"), ("transitional_stay", "RecordedAt"), ("scorecard_entry", "At"), ("run_chunk", "LeaseExpires"),
            ("reported_change", "ReportedAt"), ("municipality_contact", "ChangedAt"), ("location_inspection", "RecordedAt"),
            ("location_complaint", "ChangedAt"), ("link_candidate", "FoundAt"), ("link_candidate", "DecidedAt"), ("flag_review", "ReviewedAt"),
            ("batch_run", "StartedAt"), ("batch_run", "FinishedAt"), ("audit_entry", "At"), ("account", "LockedUntil"), ("account", "Created"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_PersonId_Status",
                table: "task");

            migrationBuilder.AlterColumn<long>(
                name: "AssignedAt",
                table: "work_assignment",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "RecordedAt",
                table: "transitional_stay",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "At",
                table: "scorecard_entry",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "LeaseExpires",
                table: "run_chunk",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ReportedAt",
                table: "reported_change",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "ChangedAt",
                table: "municipality_contact",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "RecordedAt",
                table: "location_inspection",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "ChangedAt",
                table: "location_complaint",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "FoundAt",
                table: "link_candidate",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "DecidedAt",
                table: "link_candidate",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ReviewedAt",
                table: "flag_review",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "StartedAt",
                table: "batch_run",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "FinishedAt",
                table: "batch_run",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28,
                oldNullable: true);

            migrationBuilder.AlterColumn<byte[]>(
                name: "Hash",
                table: "audit_entry",
                type: "BLOB",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<long>(
                name: "At",
                table: "audit_entry",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            migrationBuilder.AlterColumn<long>(
                name: "LockedUntil",
                table: "account",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Created",
                table: "account",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 28);

            // The rebuilt tables (EF Core rebuilds a SQLite table to change a column's type; none of these is WITHOUT ROWID)
            // got the old values as they were: text. Converted here, so every stored instant and hash reads back the same.
            foreach (var (table, column) in Instants)
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}" SET "{column}" = CAST(strftime('%s', substr("{column}", 1, 19)) AS INTEGER) * 10000000 + CAST(substr("{column}", 21, 7) AS INTEGER)
                    WHERE typeof("{column}") = 'text';
                    """);
            }

            migrationBuilder.Sql("""UPDATE "audit_entry" SET "Hash" = unhex("Hash") WHERE typeof("Hash") = 'text';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "AssignedAt",
                table: "work_assignment",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "RecordedAt",
                table: "transitional_stay",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "At",
                table: "scorecard_entry",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "LeaseExpires",
                table: "run_chunk",
                type: "TEXT",
                maxLength: 28,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReportedAt",
                table: "reported_change",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "ChangedAt",
                table: "municipality_contact",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "RecordedAt",
                table: "location_inspection",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "ChangedAt",
                table: "location_complaint",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "FoundAt",
                table: "link_candidate",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "DecidedAt",
                table: "link_candidate",
                type: "TEXT",
                maxLength: 28,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReviewedAt",
                table: "flag_review",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "StartedAt",
                table: "batch_run",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "FinishedAt",
                table: "batch_run",
                type: "TEXT",
                maxLength: 28,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "audit_entry",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AlterColumn<string>(
                name: "At",
                table: "audit_entry",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "LockedUntil",
                table: "account",
                type: "TEXT",
                maxLength: 28,
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Created",
                table: "account",
                type: "TEXT",
                maxLength: 28,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.CreateIndex(
                name: "IX_task_PersonId_Status",
                table: "task",
                columns: new[] { "PersonId", "Status" });

            foreach (var (table, column) in Instants)
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}" SET "{column}" = strftime('%Y-%m-%dT%H:%M:%S', CAST("{column}" AS INTEGER) / 10000000, 'unixepoch') || '.' || printf('%07d', CAST("{column}" AS INTEGER) % 10000000) || 'Z'
                    WHERE "{column}" IS NOT NULL AND "{column}" NOT LIKE '%Z';
                    """);
            }

            migrationBuilder.Sql("""UPDATE "audit_entry" SET "Hash" = lower(hex("Hash")) WHERE typeof("Hash") = 'blob';""");
        }
    }
}
