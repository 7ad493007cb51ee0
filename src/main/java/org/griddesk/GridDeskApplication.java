package org.griddesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "web")
public class GridDeskApplication {

	public static void main(String[] args) {
		SpringApplication.run(GridDeskApplication.class, args);
	}

}
