using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Overgang.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue24CaseWorkAndLinkage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_person_MunicipalityCode",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_decision_PersonId_RunId",
                table: "decision");

            migrationBuilder.AddColumn<string>(
                name: "ForeignDocumentEnd",
                table: "link_candidate",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_PersonId_RunId_Owner_Status_Kind_Due",
                table: "task",
                columns: new[] { "PersonId", "RunId", "Owner", "Status", "Kind", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_person_MunicipalityCode_Id",
                table: "person",
                columns: new[] { "MunicipalityCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_PersonId_RunId_Status",
                table: "decision",
                columns: new[] { "PersonId", "RunId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_PersonId_RunId_Owner_Status_Kind_Due",
                table: "task");

            migrationBuilder.DropIndex(
                name: "IX_person_MunicipalityCode_Id",
                table: "person");

            migrationBuilder.DropIndex(
                name: "IX_decision_PersonId_RunId_Status",
                table: "decision");

            migrationBuilder.DropColumn(
                name: "ForeignDocumentEnd",
                table: "link_candidate");

            migrationBuilder.CreateIndex(
                name: "IX_person_MunicipalityCode",
                table: "person",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_decision_PersonId_RunId",
                table: "decision",
                columns: new[] { "PersonId", "RunId" });
        }
    }
}
