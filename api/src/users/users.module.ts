import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GroupRoleMappingEntity } from './entities/group-role-mapping.entity';
import { UserEntity } from './entities/user.entity';
import { MeController } from './me.controller';
import { RoleMappingsController } from './role-mappings.controller';
import { UserDirectoryController } from './user-directory.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, GroupRoleMappingEntity])],
  controllers: [MeController, RoleMappingsController, UserDirectoryController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
