using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <summary>
    /// Identifiers and codes that are keys, references or indexed compare byte by byte (collation <c>"C"</c>;
    /// docs/adr/0019-identifiers-in-byte-order.md). EF Core's column changes below, each only a collation, are run as one
    /// <c>ALTER TABLE</c> a table (<c>Migrations/ByteOrderKeysConversion.cs</c>): no table is written again, each index on
    /// the changed columns is made again once. No value changes; SQLite's migration of the same name is empty.
    /// </summary>
    public partial class ByteOrderKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "AssignedTo",
                table: "work_assignment",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "ActionCode",
                table: "work_assignment",
                type: "character varying(48)",
                maxLength: 48,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(48)",
                oldMaxLength: 48);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "work_assignment",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "transitional_stay",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "transitional_stay",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "task",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "task",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(48)",
                oldMaxLength: 48,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Period",
                table: "scorecard_entry",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "Indicator",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Factor",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Domain",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "LastKey",
                table: "run_chunk",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "FirstKey",
                table: "run_chunk",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_withdrawal",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_visit",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_departure",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_course",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "return_course",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_commitment",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "reported_change",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "reported_change",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "reported_change",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.AlterColumn<string>(
                name: "HouseholdId",
                table: "reported_change",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "reception_location",
                type: "character varying(8)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)");

            migrationBuilder.AlterColumn<string>(
                name: "Id",
                table: "reception_location",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "protection",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "MemberState",
                table: "protection",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "placement",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "placement",
                type: "character varying(40)",
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ParentId",
                table: "person_parent",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "person_parent",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "person_income",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "VNumber",
                table: "person",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PartnerId",
                table: "person",
                type: "text",
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "person",
                type: "character varying(8)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)");

            migrationBuilder.AlterColumn<string>(
                name: "Bsn",
                table: "person",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(9)",
                oldMaxLength: 9,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Id",
                table: "person",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "payment",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "HouseholdId",
                table: "payment",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "other_permit",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "municipality_contact",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "municipality",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.AlterColumn<string>(
                name: "TargetGroup",
                table: "location_target_group",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_target_group",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "TargetGroup",
                table: "location_occupancy",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_occupancy",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_inspection",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_conversion",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Reference",
                table: "location_complaint",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_complaint",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "link_candidate",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "link_candidate",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "PairKey",
                table: "link_candidate",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "OtherPersonId",
                table: "link_candidate",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CriterionId",
                table: "inspection_finding",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "inspection_finding",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Flag",
                table: "flag_review",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "flag_review",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "explanation_texts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "ended_partnership",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            migrationBuilder.AlterColumn<string>(
                name: "PartnerId",
                table: "ended_partnership",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "decision",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "LastKey",
                table: "batch_run",
                type: "text",
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "batch_run",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "audit_text",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "audit_entry",
                type: "text",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "account",
                type: "character varying(40)",
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "account",
                type: "character varying(8)",
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "absence",
                type: "character varying(40)",
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(40)");

            ByteOrderKeysConversion.OneStatementPerTable(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "AssignedTo",
                table: "work_assignment",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "ActionCode",
                table: "work_assignment",
                type: "character varying(48)",
                maxLength: 48,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(48)",
                oldMaxLength: 48,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "work_assignment",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "transitional_stay",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "transitional_stay",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "task",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "task",
                type: "character varying(48)",
                maxLength: 48,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(48)",
                oldMaxLength: 48,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Period",
                table: "scorecard_entry",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Indicator",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Factor",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Domain",
                table: "scorecard_entry",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LastKey",
                table: "run_chunk",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "FirstKey",
                table: "run_chunk",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_withdrawal",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_visit",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_departure",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_course",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "return_course",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "return_commitment",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "reported_change",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "reported_change",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "reported_change",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "HouseholdId",
                table: "reported_change",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "reception_location",
                type: "character varying(8)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Id",
                table: "reception_location",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "protection",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MemberState",
                table: "protection",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "placement",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "placement",
                type: "character varying(40)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "ParentId",
                table: "person_parent",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "person_parent",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "person_income",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "VNumber",
                table: "person",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PartnerId",
                table: "person",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "person",
                type: "character varying(8)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Bsn",
                table: "person",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(9)",
                oldMaxLength: 9,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Id",
                table: "person",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "payment",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "HouseholdId",
                table: "payment",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "other_permit",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "municipality_contact",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "municipality",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "TargetGroup",
                table: "location_target_group",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_target_group",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "TargetGroup",
                table: "location_occupancy",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_occupancy",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_inspection",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_conversion",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Reference",
                table: "location_complaint",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "location_complaint",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "link_candidate",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "link_candidate",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PairKey",
                table: "link_candidate",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "OtherPersonId",
                table: "link_candidate",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "CriterionId",
                table: "inspection_finding",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LocationId",
                table: "inspection_finding",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Flag",
                table: "flag_review",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "flag_review",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Key",
                table: "explanation_texts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "ended_partnership",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PartnerId",
                table: "ended_partnership",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "decision",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "LastKey",
                table: "batch_run",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "batch_run",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Text",
                table: "audit_text",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "audit_entry",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text",
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "account",
                type: "character varying(40)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "MunicipalityCode",
                table: "account",
                type: "character varying(8)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "PersonId",
                table: "absence",
                type: "character varying(40)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldCollation: "C");

            ByteOrderKeysConversion.OneStatementPerTable(migrationBuilder);
        }
    }
}
