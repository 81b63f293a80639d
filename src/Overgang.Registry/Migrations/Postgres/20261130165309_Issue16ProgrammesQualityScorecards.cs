using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Overgang.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue16ProgrammesQualityScorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<LocalDate>(
                name: "DepartureDate",
                table: "return_commitment",
                type: "date",
                nullable: true,
                oldClrType: typeof(LocalDate),
                oldType: "date");

            migrationBuilder.AddColumn<LocalDate>(
                name: "EnrolledOn",
                table: "return_commitment",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Package",
                table: "return_commitment",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "return_commitment",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "location_complaint",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcknowledgedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    DecidedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_complaint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_location_complaint_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "location_conversion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    PlannedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    DoneOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_conversion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_location_conversion_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "location_inspection",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InspectedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Inspector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_inspection", x => x.Id);
                    table.UniqueConstraint("AK_location_inspection_LocationId_InspectedOn", x => new { x.LocationId, x.InspectedOn });
                    table.ForeignKey(
                        name: "FK_location_inspection_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "location_occupancy",
                columns: table => new
                {
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Residents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_occupancy", x => new { x.LocationId, x.Date, x.TargetGroup });
                    table.ForeignKey(
                        name: "FK_location_occupancy_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "location_target_group",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TargetGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    Until = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_location_target_group", x => x.Id);
                    table.ForeignKey(
                        name: "FK_location_target_group_reception_location_LocationId",
                        column: x => x.LocationId,
                        principalTable: "reception_location",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_course",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_course", x => x.Id);
                    table.ForeignKey(
                        name: "FK_return_course_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_departure",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    On = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_departure", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_return_departure_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_visit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_visit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_return_visit_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "return_withdrawal",
                columns: table => new
                {
                    PersonId = table.Column<string>(type: "character varying(40)", nullable: false),
                    On = table.Column<LocalDate>(type: "date", nullable: false),
                    By = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_return_withdrawal", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_return_withdrawal_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_entry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Domain = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Factor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    PreviousScore = table.Column<int>(type: "integer", nullable: true),
                    Justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<Instant>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_entry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "transitional_stay",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    Until = table.Column<LocalDate>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    RecordedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transitional_stay", x => x.Id);
                    table.ForeignKey(
                        name: "FK_transitional_stay_person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_finding",
                columns: table => new
                {
                    LocationId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InspectedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    CriterionId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_finding", x => new { x.LocationId, x.InspectedOn, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_inspection_finding_location_inspection_LocationId_Inspected~",
                        columns: x => new { x.LocationId, x.InspectedOn },
                        principalTable: "location_inspection",
                        principalColumns: new[] { "LocationId", "InspectedOn" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_location_complaint_LocationId_ReceivedOn",
                table: "location_complaint",
                columns: new[] { "LocationId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_location_complaint_Reference",
                table: "location_complaint",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_location_conversion_LocationId_PlannedOn",
                table: "location_conversion",
                columns: new[] { "LocationId", "PlannedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_location_inspection_LocationId_InspectedOn",
                table: "location_inspection",
                columns: new[] { "LocationId", "InspectedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_location_target_group_LocationId_TargetGroup_From",
                table: "location_target_group",
                columns: new[] { "LocationId", "TargetGroup", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_return_course_PersonId_Kind_From",
                table: "return_course",
                columns: new[] { "PersonId", "Kind", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_return_visit_PersonId_From",
                table: "return_visit",
                columns: new[] { "PersonId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scorecard_entry_Period_Domain_Factor_Indicator_Version",
                table: "scorecard_entry",
                columns: new[] { "Period", "Domain", "Factor", "Indicator", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transitional_stay_PersonId_From_Kind",
                table: "transitional_stay",
                columns: new[] { "PersonId", "From", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transitional_stay_Until",
                table: "transitional_stay",
                column: "Until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_finding");

            migrationBuilder.DropTable(
                name: "location_complaint");

            migrationBuilder.DropTable(
                name: "location_conversion");

            migrationBuilder.DropTable(
                name: "location_occupancy");

            migrationBuilder.DropTable(
                name: "location_target_group");

            migrationBuilder.DropTable(
                name: "return_course");

            migrationBuilder.DropTable(
                name: "return_departure");

            migrationBuilder.DropTable(
                name: "return_visit");

            migrationBuilder.DropTable(
                name: "return_withdrawal");

            migrationBuilder.DropTable(
                name: "scorecard_entry");

            migrationBuilder.DropTable(
                name: "transitional_stay");

            migrationBuilder.DropTable(
                name: "location_inspection");

            migrationBuilder.DropColumn(
                name: "EnrolledOn",
                table: "return_commitment");

            migrationBuilder.DropColumn(
                name: "Package",
                table: "return_commitment");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "return_commitment");

            migrationBuilder.AlterColumn<LocalDate>(
                name: "DepartureDate",
                table: "return_commitment",
                type: "date",
                nullable: false,
                defaultValue: new NodaTime.LocalDate(1, 1, 1),
                oldClrType: typeof(LocalDate),
                oldType: "date",
                oldNullable: true);
        }
    }
}
