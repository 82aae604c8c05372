package danvan.oversight.directive;

public enum IssuerLevel {

	CENTRAL, PROVINCE, DISTRICT, COMMUNE

}
